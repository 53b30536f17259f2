package org.disan.batch.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The archivists who may sign in, from configuration: {@code disan.users[0].name} and
 * {@code disan.users[0].password} (a hash with its encoder's prefix, e.g. {@code {bcrypt}$2a$10$...}),
 * or {@code DISAN_USERS_0_NAME} / {@code DISAN_USERS_0_PASSWORD} in the environment. With none
 * configured, nobody can sign in and the archive shows only its public part.
 */
@ConfigurationProperties(prefix = "disan")
public record ArchivistAccounts(List<Account> users) {

    public ArchivistAccounts {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record Account(String name, String password) {}
}
