package org.disan.search.elasticsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.analysis.TextFolding;
import org.disan.search.analysis.TextForm;
import org.disan.search.document.RecordDatestamp;
import org.disan.search.document.SearchableRecord;
import org.disan.search.query.SearchField;

/**
 * The Elasticsearch document of a record. Text is analysed here, in Java, by the analyzers the
 * Lucene backend uses, so both backends index the very same terms; the record itself travels
 * along unindexed, for {@code get} and for showing hits.
 */
final class EsRecordDocument {

    private EsRecordDocument() {}

    static Map<String, Object> of(ArchiveRecord record) {
        SearchableRecord searchable = SearchableRecord.of(record);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(ElasticsearchFields.ID, record.id());
        searchable.text().forEach((field, values) -> addText(doc, field, values));
        searchable.facets().forEach((facet, values) -> put(doc, ElasticsearchFields.facet(facet), values));
        searchable.year().ifPresent(year -> doc.put(ElasticsearchFields.YEAR, year));
        searchable.sortKey().ifPresent(key -> doc.put(ElasticsearchFields.SORT_DATE, key));
        doc.put(ElasticsearchFields.ACCESS, record.access().level().name());
        if (searchable.embargoUntil() != null) {
            doc.put(ElasticsearchFields.EMBARGO_UNTIL, searchable.embargoUntil().toString());
        }
        doc.put(ElasticsearchFields.DATESTAMP, RecordDatestamp.epochSecond(record));
        doc.put(ElasticsearchFields.WITHDRAWN, RecordDatestamp.withdrawn(record));
        if (record.provenance() != null && record.provenance().submission() != null) {
            doc.put(ElasticsearchFields.SUBMISSION, SearchableRecord.nfc(List.of(record.provenance().submission())).get(0));
        }
        if (searchable.modified() != null) {
            doc.put(ElasticsearchFields.MODIFIED, searchable.modified().toEpochMilli());
        }
        doc.put(ElasticsearchFields.RECORD, record);
        return doc;
    }

    private static void addText(Map<String, Object> doc, SearchField field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (field.kind() == SearchField.Kind.KEYWORD) {
            put(doc, ElasticsearchFields.keyword(field), values.stream().map(TextFolding::fold).toList());
            return;
        }
        for (TextForm form : TextForm.values()) {
            List<String> analysed = values.stream()
                    .map(value -> String.join(" ", TextFolding.terms(form, value)))
                    .toList();
            put(doc, form.field(field.indexName()), analysed);
        }
    }

    /** Puts a value at a dotted path, creating the objects on the way ({@code title.exact}). */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> doc, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        node.put(parts[parts.length - 1], value);
    }
}
