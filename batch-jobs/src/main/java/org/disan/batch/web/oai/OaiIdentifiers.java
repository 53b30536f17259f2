package org.disan.batch.web.oai;

import java.util.Optional;
import java.util.regex.Pattern;

/** Record ids as OAI identifiers, {@code oai:<repository>:<sha-256>}, and back. */
final class OaiIdentifiers {

    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{64}");

    private final String prefix;

    OaiIdentifiers(String repositoryIdentifier) {
        this.prefix = "oai:" + repositoryIdentifier + ":";
    }

    String of(String recordId) {
        return prefix + recordId;
    }

    /** The record id an identifier names, or empty when it is not one of this archive's. */
    Optional<String> recordId(String identifier) {
        if (identifier == null || !identifier.startsWith(prefix)) {
            return Optional.empty();
        }
        String id = identifier.substring(prefix.length());
        return RECORD_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
