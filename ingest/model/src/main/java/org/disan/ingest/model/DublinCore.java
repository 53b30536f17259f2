package org.disan.ingest.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The fifteen Dublin Core elements that archives exchange. Repeatable elements that users search
 * and facet on (creator, subject, coverage) are lists; the others hold one value as written.
 * Empty values are {@code null} (or an empty list), never blank strings.
 */
public record DublinCore(
        String identifier,
        String title,
        List<String> creators,
        List<String> subjects,
        String description,
        String publisher,
        List<String> contributors,
        String date,
        String type,
        String format,
        String source,
        String language,
        String relation,
        List<String> coverage,
        String rights) {

    public static final DublinCore EMPTY =
            new DublinCore(null, null, List.of(), List.of(), null, null, List.of(), null, null, null,
                    null, null, null, List.of(), null);

    public DublinCore {
        identifier = blankToNull(identifier);
        title = blankToNull(title);
        creators = cleanList(creators);
        subjects = cleanList(subjects);
        description = blankToNull(description);
        publisher = blankToNull(publisher);
        contributors = cleanList(contributors);
        date = blankToNull(date);
        type = blankToNull(type);
        format = blankToNull(format);
        source = blankToNull(source);
        language = blankToNull(language);
        relation = blankToNull(relation);
        coverage = cleanList(coverage);
        rights = blankToNull(rights);
    }

    /**
     * Field by field: this record's value where it has one, otherwise the fallback's. Used so that a
     * curator's metadata sheet wins over values embedded in the file.
     */
    public DublinCore orElse(DublinCore fallback) {
        return new DublinCore(
                first(identifier, fallback.identifier),
                first(title, fallback.title),
                firstList(creators, fallback.creators),
                firstList(subjects, fallback.subjects),
                first(description, fallback.description),
                first(publisher, fallback.publisher),
                firstList(contributors, fallback.contributors),
                first(date, fallback.date),
                first(type, fallback.type),
                first(format, fallback.format),
                first(source, fallback.source),
                first(language, fallback.language),
                first(relation, fallback.relation),
                firstList(coverage, fallback.coverage),
                first(rights, fallback.rights));
    }

    /**
     * The languages the record is in. A sheet may give several, which are kept as BCP 47 tags
     * separated by {@value #LANGUAGE_SEPARATOR}.
     */
    public List<String> languages() {
        return language == null ? List.of() : List.of(language.split("\\s*;\\s*"));
    }

    /** How several languages are written in {@link #language()}. */
    public static final String LANGUAGE_SEPARATOR = "; ";

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static List<String> firstList(List<String> preferred, List<String> fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> clean = new ArrayList<>();
        for (String value : values) {
            String v = blankToNull(value);
            if (v != null && !clean.contains(v)) {
                clean.add(v);
            }
        }
        return List.copyOf(clean);
    }
}
