package org.disan.batch.web.iiif;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.disan.batch.web.SearchParameters;
import org.disan.batch.web.VisibleRecords;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * IIIF Presentation API 3.0: {@code /iiif/3/{id}/manifest} for a record the caller may see,
 * {@code /iiif/3/collection?q=...} for a page of search results (the search page's parameters),
 * and {@code /iiif/3/collections/{name}} for a collection.
 */
@RestController
class ManifestController {

    static final String JSON_LD = "application/ld+json;profile=\"" + Manifests.CONTEXT + "\"";
    private static final int COLLECTION_SIZE = 100;

    private final VisibleRecords records;
    private final Manifests manifests;
    private final Collections collections;
    private final FieldLabels labels;

    ManifestController(VisibleRecords records, Manifests manifests, Collections collections, FieldLabels labels) {
        this.records = records;
        this.manifests = manifests;
        this.collections = collections;
        this.labels = labels;
    }

    @GetMapping("/iiif/3/{id}/manifest")
    ResponseEntity<Map<String, Object>> manifest(@PathVariable String id) throws IOException {
        var record = records.find(id);
        if (record.isEmpty()) {
            return answer(HttpStatus.NOT_FOUND, null);
        }
        return manifests.of(record.get())
                .map(manifest -> answer(HttpStatus.OK, manifest))
                .orElseGet(() -> answer(HttpStatus.NOT_FOUND, null));
    }

    @GetMapping("/iiif/3/collection")
    ResponseEntity<Map<String, Object>> search(@RequestParam MultiValueMap<String, String> params) {
        SearchParameters search = SearchParameters.from(params, COLLECTION_SIZE);
        String id = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
        Map<String, List<String>> label = search.query().isBlank()
                ? labels.label("iiif.allRecords") : labels.label("iiif.searchResults", search.query());
        return answer(HttpStatus.OK, collections.of(id, label, search));
    }

    @GetMapping("/iiif/3/collections/{name}")
    ResponseEntity<Map<String, Object>> collection(@PathVariable String name,
            @RequestParam(name = "page", required = false) String page) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add(SearchParameters.FILTER_PREFIX + "collection", name);
        params.add("sort", "date");
        if (page != null) {
            params.add("page", page);
        }
        SearchParameters search = SearchParameters.from(params, COLLECTION_SIZE);
        String id = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
        return answer(HttpStatus.OK, collections.of(id, labels.label("iiif.collection", name), search));
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(JSON_LD))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }
}
