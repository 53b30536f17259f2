package org.disan.batch.web.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CSL-JSON, the citation data Zotero, Mendeley and citeproc read: an array of items. */
final class CslJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CslJsonWriter() {}

    static String write(List<CitedWork> works) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(works.stream().map(CslJsonWriter::item).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> item(CitedWork work) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", work.id());
        item.put("type", WorkKind.of(work.kind()).csl());
        item.put("title", work.title());
        if (!work.creators().isEmpty()) {
            item.put("author", work.creators().stream().map(name -> Map.of("literal", name)).toList());
        }
        if (!work.dateParts().isEmpty()) {
            item.put("issued", Map.of("date-parts", List.of(work.dateParts())));
        } else if (work.date() != null) {
            item.put("issued", Map.of("literal", work.date()));
        }
        putIfPresent(item, "language", work.language());
        putIfPresent(item, "abstract", work.description());
        if (!work.subjects().isEmpty()) {
            item.put("keyword", String.join(", ", work.subjects()));
        }
        putIfPresent(item, "archive", work.archive());
        item.put("URL", work.url());
        return item;
    }


    private static void putIfPresent(Map<String, Object> item, String key, String value) {
        if (value != null && !value.isBlank()) {
            item.put(key, value);
        }
    }
}
