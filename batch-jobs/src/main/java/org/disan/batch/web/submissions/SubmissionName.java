package org.disan.batch.web.submissions;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a submission is stored and recorded under (its records' provenance), from what the
 * sender calls it: letters, digits, dots, dashes and underscores only, so it is always one safe
 * file name in the data folder.
 */
final class SubmissionName {

    /** In characters (code points), not UTF-16 units. */
    private static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "submission";

    private SubmissionName() {}

    /** {@code <name>.zip} for the given name, or {@code submission.zip}. */
    static String zipFileName(String given) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC).strip();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            name = name.substring(0, name.length() - 4);
        }
        name = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            // Cut between characters: a letter outside the BMP (Nôm, emoji) is two UTF-16 units.
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
        }
        return (name.isEmpty() ? FALLBACK : name) + ".zip";
    }
}
