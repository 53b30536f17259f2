package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.RecordJson;
import org.disan.search.analysis.TextFolding;
import org.disan.search.analysis.TextForm;
import org.disan.search.document.Facet;
import org.disan.search.document.RecordDatestamp;
import org.disan.search.document.SearchableRecord;
import org.disan.search.query.SearchField;

/** Builds the Lucene document of a record (see {@link LuceneFields} for the layout). */
final class RecordDocument {

    /** Analysed with offsets in the postings, so highlighting needs no re-analysis. */
    private static final FieldType HIGHLIGHTED = highlightedType(false);
    private static final FieldType HIGHLIGHTED_STORED = highlightedType(true);

    private RecordDocument() {}

    /**
     * The record as stored in the index. Its full text is kept out of the JSON and stored once, in
     * the highlighted text field, then joined back on reading.
     */
    static ArchiveRecord stored(String json, String fullText) {
        return RecordJson.read(json).withFullText(fullText);
    }

    static Document build(ArchiveRecord record, FacetsConfig facetsConfig) {
        SearchableRecord searchable = SearchableRecord.of(record);
        Document doc = new Document();
        doc.add(new StringField(LuceneFields.ID, record.id(), Field.Store.YES));
        doc.add(new StoredField(LuceneFields.RECORD_JSON, RecordJson.compact(record.withFullText(""))));
        addText(doc, searchable.text());
        addFacets(doc, searchable.facets());
        searchable.year().ifPresent(y -> doc.add(new IntPoint(LuceneFields.YEAR, y)));
        searchable.sortKey().ifPresent(k -> doc.add(new NumericDocValuesField(LuceneFields.SORT_DATE, k)));
        doc.add(new StringField(LuceneFields.ACCESS, record.access().level().name(), Field.Store.NO));
        if (searchable.embargoUntil() != null) {
            doc.add(new LongPoint(LuceneFields.EMBARGO_DAY, searchable.embargoUntil().toEpochDay()));
        }
        addHarvestFields(doc, record);
        if (searchable.modified() != null) {
            long millis = searchable.modified().toEpochMilli();
            doc.add(new LongPoint(LuceneFields.MODIFIED, millis));
            doc.add(new NumericDocValuesField(LuceneFields.MODIFIED, millis));
        }
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a harvest ranges, orders and narrows on: datestamp, (datestamp, id), submission. */
    private static void addHarvestFields(Document doc, ArchiveRecord record) {
        long datestamp = RecordDatestamp.epochSecond(record);
        doc.add(new LongPoint(LuceneFields.DATESTAMP, datestamp));
        doc.add(new NumericDocValuesField(LuceneFields.DATESTAMP, datestamp));
        doc.add(new SortedDocValuesField(LuceneFields.HARVEST_ORDER_ID, new BytesRef(record.id())));
        if (RecordDatestamp.withdrawn(record)) {
            doc.add(new StringField(LuceneFields.WITHDRAWN, "true", Field.Store.NO));
        }
        if (record.provenance() != null && record.provenance().submission() != null) {
            String submission = SearchableRecord.nfc(List.of(record.provenance().submission())).get(0);
            doc.add(new StringField(LuceneFields.SUBMISSION, submission, Field.Store.NO));
        }
    }

    private static void addText(Document doc, Map<SearchField, List<String>> text) {
        text.forEach((field, values) -> {
            for (String value : values) {
                if (field.kind() == SearchField.Kind.KEYWORD) {
                    doc.add(new StringField(LuceneFields.keyword(field), TextFolding.fold(value),
                            Field.Store.NO));
                    continue;
                }
                for (TextForm form : TextForm.values()) {
                    doc.add(textField(field, form, value));
                }
            }
        });
    }

    /** Text and description keep offsets in every form for highlighting; the folded form is stored. */
    private static Field textField(SearchField field, TextForm form, String value) {
        String name = form.field(field.indexName());
        if (field != SearchField.TEXT && field != SearchField.DESCRIPTION) {
            return new TextField(name, value, Field.Store.NO);
        }
        return new Field(name, value, form == TextForm.FOLDED ? HIGHLIGHTED_STORED : HIGHLIGHTED);
    }

    private static void addFacets(Document doc, Map<Facet, List<String>> facets) {
        facets.forEach((facet, values) -> {
            for (String value : values) {
                doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
                doc.add(new StringField(LuceneFields.facetFilter(facet), value, Field.Store.NO));
            }
        });
    }

    private static FieldType highlightedType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.key(), facet.multiValued());
        }
        return config;
    }
}
