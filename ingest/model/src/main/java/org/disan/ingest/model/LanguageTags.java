package org.disan.ingest.model;

import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * A language as catalogues write it ("vi-VN", "VIE", "Tiếng Việt", "Vietnamese") as a BCP 47
 * tag of the language alone ("vi"), so that one language is one facet value. A region is
 * dropped ("en-GB" → "en"); a script is kept ("zh-Hant").
 */
public final class LanguageTags {

    /** Names museums write instead of codes, without diacritics and in lower case. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("tieng viet", "vi"), Map.entry("viet", "vi"), Map.entry("vietnamese", "vi"),
            Map.entry("tieng anh", "en"), Map.entry("anh", "en"), Map.entry("english", "en"),
            Map.entry("tieng phap", "fr"), Map.entry("phap", "fr"), Map.entry("french", "fr"),
            Map.entry("tieng trung", "zh"), Map.entry("tieng hoa", "zh"), Map.entry("chinese", "zh"),
            Map.entry("tieng han", "lzh"), Map.entry("chu han", "lzh"), Map.entry("han van", "lzh"),
            Map.entry("tieng nhat", "ja"), Map.entry("japanese", "ja"),
            Map.entry("tieng nga", "ru"), Map.entry("russian", "ru"),
            Map.entry("tieng duc", "de"), Map.entry("german", "de"),
            Map.entry("tieng khmer", "km"), Map.entry("khmer", "km"),
            Map.entry("tieng lao", "lo"), Map.entry("lao", "lo"));

    private static final Map<String, String> THREE_LETTER = threeLetterCodes();

    private LanguageTags() {}

    /** The tag of a written language, or empty when it is neither a code nor a known name. */
    public static Optional<String> normalise(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String simple = PlainLetters.of(written);
        if (NAMES.containsKey(simple)) {
            return Optional.of(NAMES.get(simple));
        }
        if (!simple.matches("[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*")) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(simple.replace('_', '-')).build();
            String language = THREE_LETTER.getOrDefault(locale.getLanguage(), locale.getLanguage());
            if (!isKnown(language)) {
                return Optional.empty();
            }
            Locale plain = new Locale.Builder().setLanguage(language).setScript(locale.getScript()).build();
            return Optional.of(plain.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static boolean isKnown(String language) {
        return language.length() == 2 ? THREE_LETTER.containsValue(language) : NAMES.containsValue(language);
    }

    /** ISO 639-2 codes ("vie", "eng") to the two-letter ones Java knows. */
    private static Map<String, String> threeLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(new Locale.Builder().setLanguage(two).build().getISO3Language(), two);
            } catch (MissingResourceException e) {
                // A language Java knows no three-letter code for is still found by its two letters.
            }
        }
        return Map.copyOf(codes);
    }
}
