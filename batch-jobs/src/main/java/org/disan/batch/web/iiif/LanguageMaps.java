package org.disan.batch.web.iiif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;

/**
 * IIIF language maps: text keyed by its BCP 47 language, {@code none} when the language is not
 * known. A record's values are in the language its Dublin Core or its text says, when that is
 * Vietnamese or English; disan's own labels are given in both.
 */
final class LanguageMaps {

    static final String NONE = "none";

    private LanguageMaps() {
    }

    static Map<String, List<String>> of(String language, List<String> values) {
        return Map.of(language, List.copyOf(values));
    }

    static Map<String, List<String>> of(String language, String value) {
        return of(language, List.of(value));
    }

    static Map<String, List<String>> both(String english, String vietnamese) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("en", List.of(english));
        map.put("vi", List.of(vietnamese));
        return map;
    }

    /** The language the record's values are written in: {@code vi}, {@code en} or {@code none}. */
    static String valuesLanguage(ArchiveRecord record) {
        String declared = record.dublinCore().language();
        String language = known(declared);
        return language != null ? language : known(record.textLanguage()) != null ? known(record.textLanguage()) : NONE;
    }

    private static String known(String language) {
        if (language == null) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (code.equals("vi") || code.equals("vie") || code.startsWith("vi-") || code.startsWith("tiếng việt")) {
            return "vi";
        }
        if (code.equals("en") || code.equals("eng") || code.startsWith("en-") || code.equals("english")) {
            return "en";
        }
        return null;
    }
}
