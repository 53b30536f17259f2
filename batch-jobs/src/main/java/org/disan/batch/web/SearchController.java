package org.disan.batch.web;

import jakarta.servlet.http.HttpServletResponse;
import org.disan.batch.web.cite.CitationFormat;
import org.disan.search.ArchiveIndex;
import org.disan.search.InvalidQueryException;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a search box, one page of the hits the viewer may see, facets and sorting; a
 * blank query lists everything. A query that cannot be understood is answered with 400 and says why.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = SearchParameters.DEFAULT_SIZE;

    private final ArchiveIndex index;

    SearchController(ArchiveIndex index) {
        this.index = index;
    }

    @GetMapping("/")
    String search(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        SearchParameters search = SearchParameters.from(params, PAGE_SIZE);
        model.addAttribute("search", search);
        model.addAttribute("query", search.query());
        model.addAttribute("links", new SearchLinks(search, PAGE_SIZE));
        model.addAttribute("sorts", SearchParameters.SORTS);
        model.addAttribute("citationFormats", CitationFormat.values());
        try {
            Audience audience = Viewer.audience();
            SearchResult result = index.search(search.request(audience));
            model.addAttribute("total", result.total());
            model.addAttribute("hits", result.hits().stream().map(HitView::of).toList());
            model.addAttribute("facets", FacetView.of(result.facets(), audience));
            // Pages past the result window answer 400, so the pager never offers them.
            model.addAttribute("pages", Math.min((result.total() + search.size() - 1) / search.size(),
                    SearchRequest.MAX_RESULT_WINDOW / search.size()));
            model.addAttribute("firstRank", (search.page() - 1) * search.size() + 1);
        } catch (InvalidQueryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("queryError", e.getMessage());
            model.addAttribute("total", 0L);
            model.addAttribute("hits", java.util.List.of());
            model.addAttribute("facets", java.util.List.of());
            model.addAttribute("pages", 0L);
            model.addAttribute("firstRank", 1);
        }
        return "search";
    }
}
