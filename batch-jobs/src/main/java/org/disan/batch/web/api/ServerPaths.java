package org.disan.batch.web.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the server's own folders out of text sent to API clients: an absolute path becomes the
 * name of the file it ends in, so a report still says which file, but not where the archive
 * keeps it.
 */
final class ServerPaths {

    /** Two or more absolute path segments, up to a quote, a space or a colon. */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?<![\\w.:/])(?:/[^/\\s'\":]+)+/([^/\\s'\":]+)");

    private ServerPaths() {}

    static String hide(String text) {
        return text == null ? null : ABSOLUTE_PATH.matcher(text).replaceAll("$1");
    }

    static List<String> hide(List<String> texts) {
        return texts.stream().map(ServerPaths::hide).toList();
    }
}
