package org.disan.search.analysis;

/**
 * The three forms in which disan indexes and queries text. Every backend indexes each searchable
 * text field once per form and queries all of them, weighting exact above folded above stemmed,
 * so that a match with the right diacritics ranks above a match that only agrees once folded.
 */
public enum TextForm {
    /** NFC, lower case, canonical tone placement; diacritics kept (dương ≠ đường ≠ duong). */
    EXACT("exact", 2.0f),
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

    /** How much a match in this form counts relative to a folded match. */
    public float weight() {
        return weight;
    }
}
