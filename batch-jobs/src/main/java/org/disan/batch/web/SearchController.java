package org.disan.batch.web;

import java.text.Normalizer;
import java.util.Map;
import org.disan.search.ArchiveIndex;
import org.disan.search.InvalidQueryException;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.disan.search.SearchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a search box and one page of public hits; a blank query lists everything. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 1000;

    private final ArchiveIndex index;

    SearchController(ArchiveIndex index) {
        this.index = index;
    }

    @GetMapping("/")
    String search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Model model) {
        String text = Normalizer.normalize(query.strip(), Normalizer.Form.NFC);
        int current = Math.min(Math.max(page, 1), MAX_PAGE);
        model.addAttribute("query", text);
        model.addAttribute("page", current);
        try {
            SearchResult result = index.search(new SearchRequest(
                    text, Map.of(), (current - 1) * PAGE_SIZE, PAGE_SIZE, SortOrder.RELEVANCE, Audience.PUBLIC));
            model.addAttribute("total", result.total());
            model.addAttribute("hits", result.hits().stream().map(HitView::of).toList());
            model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("firstRank", (current - 1) * PAGE_SIZE + 1);
        } catch (InvalidQueryException e) {
            model.addAttribute("queryError", e.getMessage());
            model.addAttribute("total", 0L);
            model.addAttribute("hits", java.util.List.of());
            model.addAttribute("pages", 0L);
            model.addAttribute("firstRank", 1);
        }
        return "search";
    }
}
