package org.disan.batch.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.disan.batch.web.security.ArchivistAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A careless administrator's accounts: only bcrypt hashes start the archive. */
class PasswordHashesTest {

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void aBcryptHashIsAccepted() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("thư-viện 1010");

        assertThatCode(() -> start(hash)).doesNotThrowAnyException();
    }

    @Test
    void aPlainTextPasswordStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> start("{noop}kho-luu-tru"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lan").hasMessageContaining("{bcrypt}")
                .hasMessageNotContaining("kho-luu-tru");
    }

    @Test
    void weakOrBrokenHashesStopTheStart() {
        assertThatThrownBy(() -> start("{sha256}97d170e1550eee4afc0af065b78cda302a97674c")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> start("{MD5}5f4dcc3b5aa765d61d8327deb882cf99")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> start("{bcrypt}not-a-hash")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> start("$2a$10$abcdefghijklmnopqrstuu5yl6f0J9gK8iKJ1bVvXKRbHfV1aNm")).isInstanceOf(IllegalStateException.class);
    }

    private void start(String password) {
        configuration.archivists(new ArchivistAccounts(List.of(new Account("lan", password))));
    }
}
