package org.disan.batch.web.collections;

import java.util.List;
import java.util.Map;
import org.disan.batch.web.HitView;
import org.disan.batch.web.SearchLinks;
import org.disan.batch.web.SearchParameters;
import org.disan.batch.web.Viewer;
import org.disan.search.ArchiveIndex;
import org.disan.search.FacetCount;
import org.disan.search.SearchRequest;
import org.disan.search.SearchResult;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Collections to browse: {@code /collections} lists them with their record counts and
 * descriptions; {@code /collections/{name}} pages through one collection's records without a
 * query, oldest first unless the URL sorts otherwise. Counts are of the records the viewer may see.
 */
@Controller
class CollectionsController {

    static final String FACET = "collection";

    private final ArchiveIndex index;
    private final CollectionDescriptions descriptions;

    CollectionsController(ArchiveIndex index, CollectionDescriptions descriptions) {
        this.index = index;
        this.descriptions = descriptions;
    }

    /** @param description the collection's description, or {@code null} */
    record CollectionView(String name, long count, String description, String href) {}

    @GetMapping("/collections")
    String list(Model model) {
        SearchResult all = index.search(new SearchRequest("", Map.of(), 0, 0, SearchRequest.SortOrder.RELEVANCE,
                Viewer.audience()));
        List<CollectionView> collections = all.facets().getOrDefault(FACET, List.of()).stream()
                .filter(count -> count.count() > 0)
                .sorted(java.util.Comparator.comparing(FacetCount::value, String.CASE_INSENSITIVE_ORDER))
                .map(count -> new CollectionView(count.value(), count.count(),
                        descriptions.of(count.value()).orElse(null), href(count.value())))
                .toList();
        model.addAttribute("collections", collections);
        return "collections";
    }

    @GetMapping("/collections/{name}")
    String collection(@PathVariable String name, @RequestParam MultiValueMap<String, String> params, Model model) {
        SearchParameters browse = browsing(name, params);
        SearchResult result = index.search(browse.request(Viewer.audience()));
        if (result.total() == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("name", name);
        model.addAttribute("description", descriptions.of(name).orElse(null));
        model.addAttribute("search", browse);
        model.addAttribute("links", new SearchLinks(browse, SearchParameters.DEFAULT_SIZE));
        model.addAttribute("pageLinks", new CollectionLinks(name, browse));
        model.addAttribute("total", result.total());
        model.addAttribute("hits", result.hits().stream().map(HitView::of).toList());
        model.addAttribute("pages", (result.total() + browse.size() - 1) / browse.size());
        model.addAttribute("firstRank", (browse.page() - 1) * browse.size() + 1);
        model.addAttribute("sorts", List.of("date", "date-desc"));
        model.addAttribute("citationFormats", org.disan.batch.web.cite.CitationFormat.values());
        return "collection";
    }

    /** The collection's records as a search with no query, sorted by date unless asked otherwise. */
    private static SearchParameters browsing(String name, MultiValueMap<String, String> params) {
        SearchParameters asked = SearchParameters.from(params, SearchParameters.DEFAULT_SIZE);
        String sort = params.containsKey("sort") ? asked.sort() : "date";
        return new SearchParameters("", Map.of(FACET, List.of(name)), asked.page(), asked.size(), sort);
    }

    static String href(String name) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/collections/").path(name)
                .encode().build().toUriString();
    }
}
