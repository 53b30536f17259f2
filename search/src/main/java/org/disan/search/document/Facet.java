package org.disan.search.document;

import java.util.Arrays;
import java.util.Optional;

/** The facets every backend counts, by the names used in {@code SearchRequest.filters}. */
public enum Facet {
    TYPE("type", false),
    COLLECTION("collection", false),
    LANGUAGE("language", true),
    DECADE("decade", false),
    YEAR("year", false),
    CREATOR("creator", true),
    SUBJECT("subject", true),
    PLACE("place", true),
    /** The access level (PUBLIC, RESTRICTED, EMBARGOED): of use only to staff, who see them all. */
    ACCESS("access", false);

    private final String key;
    private final boolean multiValued;

    Facet(String key, boolean multiValued) {
        this.key = key;
        this.multiValued = multiValued;
    }

    public String key() {
        return key;
    }

    /** Whether one record can carry several values of this facet. */
    public boolean multiValued() {
        return multiValued;
    }

    /**
     * How many of its values a search counts, most frequent first: collections are listed whole
     * on their own page, the other facets only show their commonest values.
     */
    public int valuesCounted() {
        return this == COLLECTION ? 1000 : 20;
    }

    public static Optional<Facet> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
