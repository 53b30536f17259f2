package org.disan.batch.web.iiif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.batch.web.SearchParameters;
import org.disan.batch.web.Viewer;
import org.disan.search.ArchiveIndex;
import org.disan.search.SearchHit;
import org.springframework.stereotype.Component;

/**
 * IIIF Collections: a page of a search's results, or a collection's records, as references to the
 * manifests of those records that have one. The caller's search decides what is listed, so a
 * visitor's collection never names a restricted record.
 */
@Component
class Collections {

    private final ArchiveIndex index;

    Collections(ArchiveIndex index) {
        this.index = index;
    }

    Map<String, Object> of(String id, Map<String, List<String>> label, SearchParameters search) {
        List<Map<String, Object>> items = index.search(search.request(Viewer.audience())).hits().stream()
                .filter(Collections::hasManifest)
                .map(Collections::reference)
                .toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", Manifests.CONTEXT);
        collection.put("id", id);
        collection.put("type", "Collection");
        collection.put("label", label);
        collection.put("items", items);
        return collection;
    }

    /** Records whose manifest has canvases: pictures, PDFs and recordings. */
    static boolean hasManifest(SearchHit hit) {
        String type = hit.mimeType() == null ? "" : hit.mimeType();
        return type.equals("application/pdf") || type.startsWith("audio/") || type.startsWith("video/")
                || (type.startsWith("image/") && !type.contains("svg"));
    }

    private static Map<String, Object> reference(SearchHit hit) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("id", IiifLinks.manifest(hit.id()));
        reference.put("type", "Manifest");
        reference.put("label", LanguageMaps.of(LanguageMaps.NONE, hit.title()));
        return reference;
    }
}
