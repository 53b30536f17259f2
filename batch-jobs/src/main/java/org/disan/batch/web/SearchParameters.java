package org.disan.batch.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.disan.search.document.Facet;
import org.springframework.util.MultiValueMap;

/**
 * A search as the URL states it ({@code q}, {@code page}, {@code size}, {@code sort},
 * {@code f.<facet>}), cleaned up: text in NFC, page and size kept in range, unknown facets and
 * sorts ignored. The pages and the JSON API read the same parameters.
 *
 * @param page one-based page number
 */
public record SearchParameters(String query, Map<String, List<String>> filters, int page, int size, String sort) {

    public static final String FILTER_PREFIX = "f.";
    /** Hits on a page of results unless the URL asks for another number. */
    public static final int DEFAULT_SIZE = 10;
    static final int MAX_PAGE = 1000;
    static final int MAX_SIZE = 100;
    static final List<String> SORTS = List.of("relevance", "date", "date-desc");

    public static SearchParameters from(MultiValueMap<String, String> params, int defaultSize) {
        String query = nfc(params.getFirst("q"));
        int page = Math.max(number(params.getFirst("page"), 1), 1);
        int size = clamp(number(params.getFirst("size"), defaultSize), 1, MAX_SIZE);
        String requestedSort = params.getFirst("sort");
        String sort = requestedSort != null && SORTS.contains(requestedSort) ? requestedSort : "relevance";
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> values = params.get(FILTER_PREFIX + facet.key());
            if (values != null) {
                Set<String> kept = new LinkedHashSet<>();
                values.stream().map(SearchParameters::nfc).filter(v -> !v.isEmpty()).forEach(kept::add);
                if (!kept.isEmpty()) {
                    filters.put(facet.key(), List.copyOf(kept));
                }
            }
        }
        return new SearchParameters(query, filters, page, size, sort);
    }

    /**
     * The search for an audience; the public cannot narrow by access level (fail closed: it is dropped).
     *
     * @throws org.disan.search.InvalidQueryException when the page lies past the result window
     */
    public SearchRequest request(Audience audience) {
        Map<String, List<String>> allowed = new LinkedHashMap<>(filters);
        if (audience != Audience.STAFF) {
            allowed.remove(Facet.ACCESS.key());
        }
        long offset = (long) (page - 1) * size;
        return new SearchRequest(query, allowed, (int) Math.min(offset, Integer.MAX_VALUE - size), size,
                sortOrder(), audience);
    }

    public boolean isSelected(String facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    /** The same search with one more facet value selected, from its first page. */
    public SearchParameters withFilter(String facet, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        changed.put(facet, List.copyOf(values));
        return new SearchParameters(query, changed, 1, size, sort);
    }

    /** The same search without one selected facet value, from its first page. */
    public SearchParameters withoutFilter(String facet, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            changed.remove(facet);
        } else {
            changed.put(facet, List.copyOf(values));
        }
        return new SearchParameters(query, changed, 1, size, sort);
    }

    public SearchParameters withSort(String newSort) {
        return new SearchParameters(query, filters, 1, size, newSort);
    }

    public SearchParameters withPage(int newPage) {
        return new SearchParameters(query, filters, newPage, size, sort);
    }

    private SortOrder sortOrder() {
        return switch (sort) {
            case "date" -> SortOrder.DATE_ASCENDING;
            case "date-desc" -> SortOrder.DATE_DESCENDING;
            default -> SortOrder.RELEVANCE;
        };
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.min(Math.max(value, min), max);
    }
}
