package org.disan.search.analysis;

/**
 * The three forms in which disan indexes and queries text. Every backend indexes each searchable
 * text field once per form and queries all of them. Folded and stemmed matches are scored by
 * relevance (BM25) and scaled by {@link #weight()}; an exact match instead adds a fixed bonus per
 * query word, large enough that records with the diacritics as typed come before records that
 * only agree once folded (dương before đường for "dương") whatever the field or text length, and
 * are ordered among themselves by their folded relevance.
 */
public enum TextForm {
    /** NFC, lower case, canonical tone placement; diacritics kept (dương ≠ đường ≠ duong). */
    EXACT("exact", 10.0f),
    /** NFC, then Unicode folding: diacritics removed, đ → d, case folded (Hà Nội → ha noi). */
    FOLDED("folded", 1.0f),
    /** Folded, then English stemming, so "villages" finds "village". */
    STEMMED("stemmed", 0.5f);

    private final String suffix;
    private final float weight;

    TextForm(String suffix, float weight) {
        this.suffix = suffix;
        this.weight = weight;
    }

    /** The name of the index field holding this form of a text field, e.g. {@code title.folded}. */
    public String field(String baseField) {
        return baseField + "." + suffix;
    }

    /**
     * For {@link #EXACT}, the fixed score a word or phrase matched exactly adds; for the other
     * forms, the factor applied to their relevance score.
     */
    public float weight() {
        return weight;
    }
}
