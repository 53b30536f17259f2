package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.analysis.TextForm;
import org.disan.search.document.SearchableRecord;
import org.disan.search.query.QueryNode;
import org.disan.search.query.SearchField;

/**
 * The embedded index's snippets for records that are not in it, as a backend whose server cannot
 * run disan's analysis (Elasticsearch) makes them: each record's highlighted fields are analysed
 * into a one-document memory index, with offsets, and the embedded backend's highlighter runs over
 * it with the embedded backend's query. Passage scores depend only on each text, not on the rest
 * of the index, so the snippets equal the embedded index's.
 */
public final class RecordSnippets {

    private final LuceneFields.FormAnalyzer analyzer = new LuceneFields.FormAnalyzer();
    private final LuceneQueryTranslator translator = new LuceneQueryTranslator(analyzer);

    /** One snippet per record, in the same order; {@code null} where a record has no text. */
    public String[] of(QueryNode query, List<ArchiveRecord> records) {
        Query highlighted = translator.translate(query);
        String[] snippets = new String[records.size()];
        try {
            for (int i = 0; i < records.size(); i++) {
                snippets[i] = of(highlighted, records.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting a record in memory failed", e);
        }
        return snippets;
    }

    private String of(Query query, ArchiveRecord record) throws IOException {
        MemoryIndex index = new MemoryIndex(true);
        SearchableRecord searchable = SearchableRecord.of(record);
        for (SearchField field : Snippets.HIGHLIGHTED) {
            for (String value : searchable.text().get(field)) {
                for (TextForm form : TextForm.values()) {
                    index.addField(form.field(field.indexName()), value, analyzer);
                }
            }
        }
        IndexSearcher searcher = index.createSearcher();
        Snippets snippets = new Snippets(searcher, analyzer, FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
        return snippets.forDocs(query, new int[] {0}, List.of(record))[0];
    }
}
