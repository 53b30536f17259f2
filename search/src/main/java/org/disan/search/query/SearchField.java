package org.disan.search.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a researcher can name in a query ({@code title:huế}), with the names they may use.
 * {@link #ANY} stands for free text, which searches every text field.
 */
public enum SearchField {
    ANY(Kind.TEXT),
    TITLE(Kind.TEXT, "title"),
    DESCRIPTION(Kind.TEXT, "description"),
    TEXT(Kind.TEXT, "text", "fulltext"),
    /** What is said in a recording: the cues of its transcripts, in every language. */
    TRANSCRIPT(Kind.TEXT, "transcript", "spoken"),
    CREATOR(Kind.TEXT, "creator", "author"),
    SUBJECT(Kind.TEXT, "subject"),
    PLACE(Kind.TEXT, "place", "coverage"),
    TYPE(Kind.KEYWORD, "type"),
    LANGUAGE(Kind.KEYWORD, "language", "lang"),
    COLLECTION(Kind.KEYWORD, "collection", "submission"),
    /**
     * Creators, subjects, places and description together, indexed once more as one field so
     * that free text searches three fields (title, catalogue, text) instead of six. Not nameable
     * in a query.
     */
    CATALOGUE(Kind.TEXT),
    YEAR(Kind.YEAR, "year");

    /** How a field's values are matched. */
    public enum Kind {
        /** Analysed text: words, phrases and prefixes match in every {@code TextForm}. */
        TEXT,
        /** One folded value per entry, matched whole (type:"moving image"). */
        KEYWORD,
        /** A year or a range of years. */
        YEAR
    }

    /** The fields free text searches (see {@link #freeTextBoost()} for their weights). */
    public static final List<SearchField> FREE_TEXT = List.of(TITLE, CATALOGUE, TEXT, TRANSCRIPT);

    private final Kind kind;
    private final List<String> names;

    SearchField(Kind kind, String... names) {
        this.kind = kind;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    /** The lower-case base name of the field in an index, e.g. {@code title}. */
    public String indexName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names a query may use for this field. */
    public List<String> names() {
        return names;
    }

    /** Relative weight of a free-text match in this field: titles count most, body text least. */
    public float freeTextBoost() {
        return switch (this) {
            case TITLE -> 2.0f;
            case CATALOGUE -> 1.5f;
            default -> 1.0f;
        };
    }

    public static Optional<SearchField> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(lower)).findFirst();
    }

    /** All names a query may use, for error messages. */
    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.names.stream().limit(1)).toList());
    }
}
