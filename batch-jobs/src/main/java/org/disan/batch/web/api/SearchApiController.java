package org.disan.batch.web.api;

import java.util.List;
import java.util.Map;
import org.disan.batch.web.SearchParameters;
import org.disan.batch.web.Viewer;
import org.disan.search.ArchiveIndex;
import org.disan.search.FacetCount;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.disan.search.SearchResult;
import org.disan.search.document.Facet;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the search page's query, filters, sort and paging, as JSON. */
@RestController
class SearchApiController {

    static final int DEFAULT_SIZE = 20;

    private final ArchiveIndex index;

    SearchApiController(ArchiveIndex index) {
        this.index = index;
    }

    @GetMapping("/api/search")
    SearchAnswer search(@RequestParam MultiValueMap<String, String> params) {
        SearchParameters search = SearchParameters.from(params, DEFAULT_SIZE);
        SearchRequest.Audience audience = Viewer.audience();
        SearchResult result = index.search(search.request(audience));
        Map<String, List<FacetCount>> facets = new java.util.LinkedHashMap<>(result.facets());
        if (audience != SearchRequest.Audience.STAFF) {
            facets.remove(Facet.ACCESS.key()); // of use to archivists only
        }
        return new SearchAnswer(search.query(), search.filters(), search.sort(), search.page(), search.size(),
                result.total(), result.hits(), facets);
    }

    /** One page of a search as the API answers it. */
    record SearchAnswer(String query, Map<String, List<String>> filters, String sort, int page, int size,
            long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {}
}
