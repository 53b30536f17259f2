package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
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
 * run disan's analysis (Elasticsearch) makes them: a record's field is analysed into a
 * one-document memory index with offsets, keeping only the tokens the query can mark, and the
 * embedded backend's highlighter runs over it with the embedded backend's query. Passage scores
 * depend only on each text and on the marked tokens, not on the rest of the index, so the snippets
 * equal the embedded index's. The description is analysed only when the text has no match.
 */
public final class RecordSnippets {

    private static final int[] THE_DOCUMENT = {0};

    private final LuceneFields.FormAnalyzer analyzer = new LuceneFields.FormAnalyzer();
    private final LuceneQueryTranslator translator = new LuceneQueryTranslator(analyzer);

    /** One snippet per record, in the same order; {@code null} where a record has no text. */
    public String[] of(QueryNode query, List<ArchiveRecord> records) {
        Query highlighted = translator.translate(query);
        QueryWords words = new QueryWords(highlighted);
        // Each record is analysed on its own: the page's records are spread over the cores.
        return records.parallelStream()
                .map(record -> snippetOf(highlighted, words, record))
                .toArray(String[]::new);
    }

    private String snippetOf(Query query, QueryWords words, ArchiveRecord record) {
        try {
            return of(query, words, record);
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting a record in memory failed", e);
        }
    }

    private String of(Query query, QueryWords words, ArchiveRecord record) throws IOException {
        SearchableRecord searchable = SearchableRecord.of(record);
        PageTexts texts = new PageTexts(THE_DOCUMENT, List.of(record));
        return Snippets.textElseDescription(THE_DOCUMENT, (field, ids) -> {
            IndexSearcher searcher = memoryIndex(field, searchable, words).createSearcher();
            Snippets snippets = new Snippets(searcher, analyzer, FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
            return snippets.highlight(field, query, ids, texts);
        })[0];
    }

    // With patterns (prefixes) the highlighter analyses the text itself, and with no words at all
    // it only shows the text's first passages: either way the index needs no tokens.
    private MemoryIndex memoryIndex(SearchField field, SearchableRecord record, QueryWords words) {
        MemoryIndex index = new MemoryIndex(true);
        if (words.isEmpty() || words.hasPatterns()) {
            return index;
        }
        List<String> values = record.text().get(field);
        for (TextForm form : TextForm.values()) {
            String name = form.field(field.indexName());
            for (String value : values) {
                TokenStream tokens = analyzer.tokenStream(name, value);
                // a value with no markable token would shift the offsets of the values after it
                index.addField(name, values.size() == 1 ? words.keepMarkable(tokens) : tokens,
                        analyzer.getPositionIncrementGap(name), analyzer.getOffsetGap(name));
            }
        }
        return index;
    }
}
