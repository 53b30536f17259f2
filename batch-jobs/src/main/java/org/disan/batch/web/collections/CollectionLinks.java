package org.disan.batch.web.collections;

import org.disan.batch.web.SearchParameters;
import org.springframework.web.util.UriComponentsBuilder;

/** Links between the pages and sorts of one collection. */
public record CollectionLinks(String name, SearchParameters current) {

    public String page(int page) {
        return href(page, current.sort());
    }

    public String sort(String sort) {
        return href(1, sort);
    }

    private String href(int page, String sort) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/collections/").path(name);
        if (!"date".equals(sort)) {
            uri.queryParam("sort", sort);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
