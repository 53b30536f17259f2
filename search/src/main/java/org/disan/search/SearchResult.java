package org.disan.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total number of matching records and the facet counts over all of them.
 *
 * @param facets facet name to its values with counts, most frequent first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }
}
