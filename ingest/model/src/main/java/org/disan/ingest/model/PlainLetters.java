package org.disan.ingest.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text reduced to lower-case letters without diacritics ("Khoảng  Năm" → "khoang nam", đ as d),
 * words separated by one space: how a cataloguer's words are compared with the words disan knows.
 */
public final class PlainLetters {

    private PlainLetters() {}

    public static String of(String text) {
        String bare = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
