package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One query of the relevance test set and what a researcher expects from it.
 *
 * @param expected record ids: the first hit ({@link Kind#FIRST}), the first hits in any order
 *     ({@link Kind#TOP}), or all hits in any order ({@link Kind#ONLY})
 */
public record RelevanceCase(String query, Map<String, List<String>> filters, Kind kind,
        List<String> expected) {

    public enum Kind { FIRST, TOP, ONLY }

    public static RelevanceCase first(String query, String id) {
        return new RelevanceCase(query, Map.of(), Kind.FIRST, List.of(id));
    }

    public static RelevanceCase top(String query, String... ids) {
        return new RelevanceCase(query, Map.of(), Kind.TOP, List.of(ids));
    }

    public static RelevanceCase only(String query, String... ids) {
        return new RelevanceCase(query, Map.of(), Kind.ONLY, List.of(ids));
    }

    public RelevanceCase filteredBy(String facet, String value) {
        return new RelevanceCase(query, Map.of(facet, List.of(value)), kind, expected);
    }

    public SearchRequest request() {
        return new SearchRequest(query, filters, 0, 50, SearchRequest.SortOrder.RELEVANCE,
                SearchRequest.Audience.PUBLIC);
    }

    public void check(SearchResult result) {
        List<String> ids = result.hits().stream().map(SearchHit::id).toList();
        String context = "hits for " + this + ": " + ids;
        switch (kind) {
            case FIRST -> assertThat(ids).as(context).isNotEmpty().first().isEqualTo(expected.get(0));
            case TOP -> {
                assertThat(ids).as(context).hasSizeGreaterThanOrEqualTo(expected.size());
                assertThat(Set.copyOf(ids.subList(0, expected.size()))).as(context)
                        .isEqualTo(Set.copyOf(expected));
            }
            case ONLY -> assertThat(ids.stream().collect(Collectors.toSet())).as(context)
                    .isEqualTo(Set.copyOf(expected));
        }
    }

    @Override
    public String toString() {
        return "[" + query + "]" + (filters.isEmpty() ? "" : " " + filters) + " " + kind + " " + expected;
    }
}
