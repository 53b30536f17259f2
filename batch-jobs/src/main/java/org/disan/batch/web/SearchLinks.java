package org.disan.batch.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a search page to the searches next to it (other pages, sorts and facet selections),
 * and to its records such that their "back to search" returns to this very page.
 */
public record SearchLinks(SearchParameters current, int defaultSize) {

    /** A new search narrowed to one facet value, as a record page links its creators or places. */
    public static String filtered(String facet, String value) {
        SearchParameters none = new SearchParameters("", Map.of(), 1, SearchController.PAGE_SIZE, "relevance");
        return new SearchLinks(none, SearchController.PAGE_SIZE).select(facet, value);
    }

    /** This search itself: where a record page opened from it goes back to. */
    public String self() {
        return href(current);
    }

    /** A record's page, carrying this search along for its way back. */
    public String record(String id) {
        return href(UriComponentsBuilder.fromPath("/records/").path(id), current);
    }

    public String page(int page) {
        return href(current.withPage(page));
    }

    public String sort(String sort) {
        return href(current.withSort(sort));
    }

    public String select(String facet, String value) {
        return href(current.withFilter(facet, value));
    }

    public String unselect(String facet, String value) {
        return href(current.withoutFilter(facet, value));
    }

    /** The records of this very page as references in a citation format ({@code ris}, {@code bib}, {@code json}). */
    public String cite(String extension) {
        return href(UriComponentsBuilder.fromPath("/cite." + extension), current);
    }

    private String href(SearchParameters search) {
        return href(UriComponentsBuilder.fromPath("/"), search);
    }

    private String href(UriComponentsBuilder uri, SearchParameters search) {
        if (!search.query().isEmpty()) {
            uri.queryParam("q", search.query());
        }
        for (Map.Entry<String, List<String>> filter : search.filters().entrySet()) {
            for (String value : filter.getValue()) {
                uri.queryParam(SearchParameters.FILTER_PREFIX + filter.getKey(), value);
            }
        }
        if (!"relevance".equals(search.sort())) {
            uri.queryParam("sort", search.sort());
        }
        if (search.size() != defaultSize) {
            uri.queryParam("size", search.size());
        }
        if (search.page() > 1) {
            uri.queryParam("page", search.page());
        }
        return uri.encode().build().toUriString();
    }
}
