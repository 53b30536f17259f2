package org.disan.search;

import java.util.List;
import java.util.Map;

/**
 * A researcher's search.
 *
 * @param query the query text in disan's query language (free text, "phrases", field:value,
 *     AND/OR/NOT, prefix*); blank means all records
 * @param filters facet selections: facet name to the values that must all match
 * @param offset index of the first hit to return
 * @param limit how many hits to return at most; {@code offset + limit} may not pass
 *     {@link #MAX_RESULT_WINDOW} ({@link InvalidQueryException} otherwise)
 * @param sort the order of hits
 * @param audience whose eyes the results are for: a public search never sees restricted or
 *     still-embargoed records, neither in hits nor in facet counts
 */
public record SearchRequest(
        String query,
        Map<String, List<String>> filters,
        int offset,
        int limit,
        SortOrder sort,
        Audience audience) {

    /** The deepest hit a search may page to, as Elasticsearch's {@code index.max_result_window}. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if ((long) offset + limit > MAX_RESULT_WINDOW) {
            throw new InvalidQueryException("Only the first " + MAX_RESULT_WINDOW + " hits can be paged through"
                    + " (page × size at most " + MAX_RESULT_WINDOW + "); narrow the search with words or filters.");
        }
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        audience = audience == null ? Audience.PUBLIC : audience;
    }

    /** The first page of a public search for the given text. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), 0, limit, SortOrder.RELEVANCE, Audience.PUBLIC);
    }

    public enum SortOrder {
        RELEVANCE,
        DATE_ASCENDING,
        DATE_DESCENDING,
        /** The records changed last (ingested, or their access or metadata changed) first. */
        MODIFIED_DESCENDING
    }

    public enum Audience {
        PUBLIC,
        STAFF
    }
}
