package org.disan.batch.web.security;

import java.util.regex.Pattern;

/**
 * The only password hashes an archivist's account may have: bcrypt ({@code {bcrypt}$2a$10$...}
 * from {@code htpasswd -bnBC 12 "" PASSWORD} or Spring's encoder) with a cost of at least 10.
 * Plain text ({@code {noop}}), fast digests ({@code {sha256}}, {@code {MD5}}) and anything
 * unreadable stop the start, naming the account but never showing what was configured.
 */
final class PasswordHashes {

    static final int MIN_COST = 10;
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    private PasswordHashes() {}

    static void check(ArchivistAccounts.Account account) {
        if (account.name() == null || account.name().isBlank()) {
            throw new IllegalStateException("every account in disan.users needs a name");
        }
        var hash = account.password() == null ? null : BCRYPT.matcher(account.password());
        if (hash == null || !hash.matches() || Integer.parseInt(hash.group(1)) < MIN_COST) {
            throw new IllegalStateException("the password of archivist '" + account.name() + "' must be a bcrypt hash"
                    + " with cost " + MIN_COST + " or more, written as {bcrypt}$2a$12$... (make one with:"
                    + " htpasswd -bnBC 12 \"\" 'PASSWORD' | tr -d ':\\n'); plain text, {noop}, {sha256} and other"
                    + " hashes are refused");
        }
    }
}
