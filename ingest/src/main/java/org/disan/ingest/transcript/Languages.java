package org.disan.ingest.transcript;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 639 language codes in their shortest form: {@code vie} and {@code vi} are both {@code vi}. */
public final class Languages {

    private static final Map<String, String> BY_THREE_LETTERS = new HashMap<>();

    static {
        for (String twoLetters : Locale.getISOLanguages()) {
            try {
                BY_THREE_LETTERS.put(new Locale(twoLetters).getISO3Language(), twoLetters);
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code keeps its two letters
            }
        }
    }

    private Languages() {}

    /** The two-letter code of a language given in two or three letters; other codes as given. */
    public static String twoLetter(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        return lower.length() == 3 ? BY_THREE_LETTERS.getOrDefault(lower, lower) : lower;
    }
}
