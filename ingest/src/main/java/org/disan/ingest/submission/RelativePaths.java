package org.disan.ingest.submission;

import java.nio.file.Path;
import java.text.Normalizer;

/** The one spelling of a path inside a submission: NFC, forward slashes, no leading "./". */
final class RelativePaths {

    private RelativePaths() {}

    static String of(Path root, Path file) {
        Path relative = root.relativize(file);
        StringBuilder joined = new StringBuilder();
        for (Path part : relative) {
            if (!joined.isEmpty()) {
                joined.append('/');
            }
            joined.append(part);
        }
        return Normalizer.normalize(joined, Normalizer.Form.NFC);
    }

    /** A path as a person typed it in a sheet or manifest, in the same spelling. */
    static String normalise(String typed) {
        String path = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }

    /** Whether a typed path stays inside the submission (no "..", not absolute). */
    static boolean staysInside(String normalised) {
        if (normalised.isEmpty() || normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : normalised.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
