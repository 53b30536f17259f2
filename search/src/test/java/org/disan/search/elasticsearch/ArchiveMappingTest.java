package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.RecordJson;
import org.junit.jupiter.api.Test;

class ArchiveMappingTest {

    @Test
    void mapsEveryFieldADocumentCarriesAndRefusesUnknownOnes() throws Exception {
        // given a record with every field filled
        ArchiveRecord record = Records.withAccess(
                Records.record(Records.id(1), "Đình Bảng", "Đình làng Đình Bảng, Từ Sơn.", List.of("đình"), "1736"),
                AccessLevel.EMBARGOED, LocalDate.of(2030, 1, 1));
        JsonNode mapping = RecordJson.mapper().readTree(ArchiveMapping.json()).get("mappings");

        // when
        List<String> paths = new ArrayList<>();
        collectPaths("", EsRecordDocument.of(record), paths);

        // then
        assertThat(mapping.get("dynamic").asText()).isEqualTo("strict");
        assertThat(paths).isNotEmpty().allSatisfy(path ->
                assertThat(mapped(mapping, path)).as("mapping of " + path).isNotNull());
        assertThat(paths).contains("title.exact", "title.folded", "title.stemmed", "type.key",
                "facet.subject", "year", "sort_date", "access", "embargo_until", "record");
    }

    @Test
    void analysedFieldsUseTheBuiltInWhitespaceAnalyzerSinceJavaAnalysesTheText() throws Exception {
        JsonNode mapping = RecordJson.mapper().readTree(ArchiveMapping.json()).get("mappings");
        assertThat(mapped(mapping, "text.folded").get("analyzer").asText()).isEqualTo("whitespace");
        assertThat(mapped(mapping, "record").get("enabled").asBoolean()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static void collectPaths(String prefix, Map<String, Object> doc, List<String> paths) {
        doc.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                collectPaths(path, (Map<String, Object>) nested, paths);
            } else {
                paths.add(path);
            }
        });
    }

    private static JsonNode mapped(JsonNode mapping, String path) {
        JsonNode node = mapping;
        for (String part : path.split("\\.")) {
            node = node == null || node.get("properties") == null ? null : node.get("properties").get(part);
        }
        return node;
    }
}
