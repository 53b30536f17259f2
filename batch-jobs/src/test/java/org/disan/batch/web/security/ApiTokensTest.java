package org.disan.batch.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void onlyAConfiguredTokenIsAccepted() {
        ApiTokens tokens = ApiTokens.of(List.of("first-token", "second-token"));

        assertThat(tokens.accepts("second-token")).isTrue();
        assertThat(tokens.accepts("second-token ")).isFalse();
        assertThat(tokens.accepts("second")).isFalse();
        assertThat(tokens.accepts("")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
    }

    @Test
    void blankTokensDoNotSwitchSubmissionsOn() {
        ApiTokens tokens = ApiTokens.of(Arrays.asList("", "  ", null));

        assertThat(tokens.configured()).isFalse();
        assertThat(tokens.accepts("")).isFalse();
    }

    @Test
    void tokensNeverShowInLogs() {
        assertThat(ApiTokens.of(List.of("secret-value")).toString()).doesNotContain("secret-value");
    }
}
