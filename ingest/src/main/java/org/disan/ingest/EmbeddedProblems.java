package org.disan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What Tika could not read inside a file it otherwise read (an attachment, a zip entry, a
 * suspected zip bomb it stopped expanding). Tika records these in the metadata and carries on;
 * the record must say its text is incomplete rather than look whole.
 */
final class EmbeddedProblems {

    private static final int MAX_MESSAGE = 200;

    private EmbeddedProblems() {}

    static List<String> of(Metadata metadata) {
        List<String> warnings = new ArrayList<>();
        for (String trace : metadata.getValues(TikaCoreProperties.EMBEDDED_EXCEPTION)) {
            String warning = "part of the file could not be read: " + rootCause(trace);
            if (!warnings.contains(warning)) {
                warnings.add(warning);
            }
        }
        return warnings;
    }

    /** The innermost cause's message, without class name or stack: "Suspected zip bomb: ...". */
    private static String rootCause(String trace) {
        String line = trace.lines().findFirst().orElse("").strip();
        for (String l : trace.lines().toList()) {
            if (l.startsWith("Caused by: ")) {
                line = l.substring("Caused by: ".length()).strip();
            }
        }
        int colon = line.indexOf(": ");
        String message = colon > 0 && line.substring(0, colon).matches("[\\w.$]+") ? line.substring(colon + 2) : line;
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
    }
}
