package org.disan.batch.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Links from a search page to the searches next to it: other pages, sorts and facet selections. */
public record SearchLinks(SearchParameters current, int defaultSize) {

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

    private String href(SearchParameters search) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
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
