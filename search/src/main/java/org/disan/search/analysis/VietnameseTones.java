package org.disan.search.analysis;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Maps the two accepted tone placements of the oa, oe and uy rhymes to one canonical spelling.
 *
 * <p>Vietnamese writes "hòa" (old style, tone on the first vowel) and "hoà" (new style, tone on
 * the main vowel) for the same syllable; NFC keeps them apart. disan's canonical form is the new
 * style: the tone mark sits on the second vowel (hoà, thuỷ, khoẻ, toà, quỳ). When a final
 * consonant follows (hoàng, thuyền) both styles already agree on the second vowel, so moving the
 * mark there is right in every case. Only the index terms are canonicalised; stored text keeps
 * the spelling its author chose.
 */
public final class VietnameseTones {

    // In NFD a toned plain vowel is the letter followed directly by one of the five tone marks;
    // o/u with a hat or horn (ô, ơ, ư) carry a second mark and never match. The second vowel must be
    // plain (not ă, ê) for the rhyme to be oa/oe/uy.
    private static final String TONE = "[\u0300\u0301\u0303\u0309\u0323]";
    private static final Pattern MISPLACED =
            Pattern.compile("([oO])(" + TONE + ")([aAeE])(?![\u0300-\u036F])"
                    + "|([uU])(" + TONE + ")([yY])(?![\u0300-\u036F])");

    private VietnameseTones() {}

    /** The text in NFC with every oa/oe/uy tone mark moved to the canonical (second) vowel. */
    public static String canonical(String text) {
        if (isAscii(text)) {
            return text;
        }
        if (!mayHaveMisplacedTone(text)) {
            return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String moved = MISPLACED.matcher(decomposed).replaceAll(m -> m.group(1) != null
                ? m.group(1) + m.group(3) + m.group(2)
                : m.group(4) + m.group(6) + m.group(5));
        return Normalizer.normalize(moved, Normalizer.Form.NFC);
    }

    /**
     * Whether a tone mark may sit on the first vowel of oa, oe or uy: then a plain a, e or y comes
     * right after a toned o or u, which is a non-ASCII letter (ó) or mark (o + U+0301), whatever
     * the normalisation. Most words have no such pair and skip the costly decompose-and-match.
     */
    static boolean mayHaveMisplacedTone(CharSequence text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plainSecondVowel = c == 'a' || c == 'e' || c == 'y' || c == 'A' || c == 'E' || c == 'Y';
            if (plainSecondVowel && text.charAt(i - 1) > 0x7F) {
                return true;
            }
        }
        return false;
    }

    static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
