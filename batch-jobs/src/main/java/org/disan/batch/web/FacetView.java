package org.disan.batch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disan.search.FacetCount;
import org.disan.search.SearchRequest.Audience;

/**
 * One facet of the sidebar: its values with counts, the most frequent first.
 *
 * @param key the facet's name in {@code SearchRequest.filters} and in the URL ({@code f.key})
 */
record FacetView(String key, List<FacetCount> values) {

    /** The facets in the order the sidebar shows them. */
    static final List<String> ORDER = List.of("type", "collection", "language", "decade", "creator", "subject", "place", "access");
    /** The facet only archivists are shown: whether a record is public, restricted or embargoed. */
    static final String ACCESS = "access";
    static final int MAX_VALUES = 12;

    static List<FacetView> of(Map<String, List<FacetCount>> facets, Audience audience) {
        List<FacetView> views = new ArrayList<>();
        for (String key : ORDER) {
            if (key.equals(ACCESS) && audience != Audience.STAFF) {
                continue;
            }
            List<FacetCount> counts = facets.getOrDefault(key, List.of()).stream()
                    .filter(count -> count.count() > 0)
                    .limit(MAX_VALUES)
                    .toList();
            if (!counts.isEmpty()) {
                views.add(new FacetView(key, counts));
            }
        }
        return List.copyOf(views);
    }

    public String labelKey() {
        return "facet." + key;
    }
}
