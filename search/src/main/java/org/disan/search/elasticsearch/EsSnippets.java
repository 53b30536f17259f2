package org.disan.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.analysis.TextForm;
import org.disan.search.document.SearchableRecord;
import org.disan.search.query.QueryNode;
import org.disan.search.query.SearchField;

/**
 * Snippets computed in Java exactly as the embedded Lucene backend computes them. Elasticsearch's
 * own highlighters cannot: they would analyse the original text with the whitespace analyzer and
 * never see that "ha noi" matches "Hà Nội". So the page of hits is indexed into a small in-memory
 * Lucene index with the embedded backend's layout of the text fields (full text and description
 * in every form with offsets, the folded form highlighted and showing the other forms' matches),
 * and the same unified highlighter runs over it with the same query. Passage scores depend only on each text, not on the
 * rest of the index, so the snippets equal the embedded backend's ({@code BackendAgreementIT}).
 */
final class EsSnippets {

    private static final String MARK = "<mark>";
    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH = 160;
    private static final int MAX_ANALYSED_CHARS = 1_000_000;
    private static final String FOLDED_TEXT = TextForm.FOLDED.field(SearchField.TEXT.indexName());
    private static final String FOLDED_DESCRIPTION = TextForm.FOLDED.field(SearchField.DESCRIPTION.indexName());
    private static final FieldType OFFSETS = offsets(false);
    private static final FieldType OFFSETS_STORED = offsets(true);

    private final Analyzer analyzer = new SnippetAnalyzers();

    /** One snippet per record, in the same order; {@code null} where a record has no text. */
    String[] of(QueryNode query, List<ArchiveRecord> records) {
        if (records.isEmpty()) {
            return new String[0];
        }
        Query highlight = new HighlightQuery(analyzer).translate(query);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ArchiveRecord record : records) {
                writer.addDocument(document(record));
            }
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                return highlight(new IndexSearcher(reader), highlight, records.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting a page of hits in memory failed", e);
        }
    }

    private String[] highlight(IndexSearcher searcher, Query query, int count) throws IOException {
        int[] docIds = new int[count];
        for (int i = 0; i < count; i++) {
            docIds[i] = i; // one in-memory segment numbers documents in the order they were added
        }
        UnifiedHighlighter highlighter = highlighter(searcher);
        String[] snippets = highlight(highlighter, FOLDED_TEXT, query, docIds);
        // the description is highlighted only for the hits whose text has no match
        int[] unmarked = IntStream.range(0, count).filter(i -> !isMarked(snippets[i])).toArray();
        if (unmarked.length > 0) {
            String[] descriptions = highlight(highlighter, FOLDED_DESCRIPTION, query, unmarked);
            for (int j = 0; j < unmarked.length; j++) {
                int i = unmarked[j];
                if (snippets[i] == null || isMarked(descriptions[j])) {
                    snippets[i] = descriptions[j];
                }
            }
        }
        return snippets;
    }

    private static String[] highlight(UnifiedHighlighter highlighter, String field, Query query, int[] docIds)
            throws IOException {
        return highlighter.highlightFields(new String[] {field}, query, docIds, new int[] {PASSAGES}).get(field);
    }

    private static Document document(ArchiveRecord record) {
        Document doc = new Document();
        SearchableRecord.of(record).text().forEach((field, values) -> {
            if (field.kind() != SearchField.Kind.TEXT) {
                return;
            }
            for (String value : values) {
                for (TextForm form : TextForm.values()) {
                    doc.add(new Field(form.field(field.indexName()), value, fieldType(field, form)));
                }
            }
        });
        return doc;
    }

    // Every text field, as in the embedded index: the highlighter also reads phrase positions
    // from the fields the query names, not only from the highlighted ones.
    private static FieldType fieldType(SearchField field, TextForm form) {
        if (!SnippetAnalyzers.HIGHLIGHTED.contains(field)) {
            return TextField.TYPE_NOT_STORED;
        }
        return form == TextForm.FOLDED ? OFFSETS_STORED : OFFSETS;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withMaskedFieldsFunc(EsSnippets::otherForms)
                // free text queries title, catalogue and text; their words are marked wherever
                // they occur in the text or the description
                .withFieldMatcher(queryField -> true)
                .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.4f))
                .withHandleMultiTermQuery(true)
                .withWeightMatches(false)
                .withMaxLength(MAX_ANALYSED_CHARS)
                .build();
    }

    /** A highlighted (folded) field also shows the matches of its exact and stemmed forms. */
    private static Set<String> otherForms(String highlighted) {
        for (SearchField field : SnippetAnalyzers.HIGHLIGHTED) {
            if (highlighted.equals(TextForm.FOLDED.field(field.indexName()))) {
                return Set.of(TextForm.EXACT.field(field.indexName()), TextForm.STEMMED.field(field.indexName()));
            }
        }
        return Set.of();
    }

    private static boolean isMarked(String snippet) {
        return snippet != null && snippet.contains(MARK);
    }

    private static FieldType offsets(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
