package org.disan.batch.web.iiif;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code rights} of a manifest: only a Creative Commons licence or a RightsStatements.org
 * statement may stand there, written with {@code http} as both publish them. Any other rights text
 * goes in the required statement instead.
 */
final class RightsUri {

    private static final Pattern KNOWN = Pattern.compile(
            "https?://((creativecommons\\.org/(licenses|publicdomain)|rightsstatements\\.org/vocab)/[A-Za-z0-9./_-]+)");

    private RightsUri() {
    }

    static Optional<String> of(String rights) {
        if (rights == null) {
            return Optional.empty();
        }
        Matcher matcher = KNOWN.matcher(rights.strip());
        return matcher.matches() ? Optional.of("http://" + matcher.group(1)) : Optional.empty();
    }
}
