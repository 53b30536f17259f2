package org.disan.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.analysis.TextForm;
import org.disan.search.query.SearchField;

/**
 * Snippets for a page of hits: the passages of the full text (else the description) around the
 * matched words, which are wrapped in {@code <mark>}; everything else is HTML-escaped. The
 * highlighted field is the folded one, so "ha noi" marks "Hà Nội", and it also shows the matches
 * of the exact and stemmed forms ("villages" marks "village"). Every form of these two fields
 * keeps offsets in its postings, so nothing is analysed again at search time, and the texts come
 * from the records already read for the page rather than from the index a second time.
 */
final class Snippets {

    /** The fields whose passages make snippets: the full text, else the description. */
    static final List<SearchField> HIGHLIGHTED = List.of(SearchField.TEXT, SearchField.DESCRIPTION);

    private static final String MARK = "<mark>";
    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH = 160;
    private static final int MAX_ANALYSED_CHARS = 1_000_000;

    private final UnifiedHighlighter.Builder builder;
    private final FieldInfos fieldInfos;

    /**
     * @param fieldInfos the searcher's merged field infos, which the highlighter reads for every
     *     field: computing them per search costs more than highlighting a short text
     */
    Snippets(IndexSearcher searcher, LuceneFields.FormAnalyzer analyzer, FieldInfos fieldInfos) {
        this.fieldInfos = fieldInfos;
        this.builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withMaskedFieldsFunc(Snippets::otherForms)
                // free text queries the title, catalogue and text fields; their words are the
                // ones to mark wherever they occur in the text or the description. A year range
                // holds no words: left in, it would make the highlighter analyse the text again.
                .withFieldMatcher(queryField -> !queryField.equals(LuceneFields.YEAR))
                .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.4f))
                .withHandleMultiTermQuery(true)
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withMaxLength(MAX_ANALYSED_CHARS);
    }

    /** A highlighted (folded) field also shows the matches of its exact and stemmed forms. */
    private static Set<String> otherForms(String highlighted) {
        for (SearchField field : HIGHLIGHTED) {
            if (highlighted.equals(TextForm.FOLDED.field(field.indexName()))) {
                return Set.of(TextForm.EXACT.field(field.indexName()),
                        TextForm.STEMMED.field(field.indexName()));
            }
        }
        return Set.of();
    }

    /** Highlights one field of some documents of a page: one snippet per document, in the same order. */
    @FunctionalInterface
    interface FieldHighlighting {
        String[] highlight(SearchField field, int[] docIds) throws IOException;
    }

    /**
     * One snippet per hit, in the same order; {@code null} where a record has no text.
     *
     * @param records the records of the hits, holding the very texts that were indexed
     */
    String[] forDocs(Query query, int[] docIds, List<ArchiveRecord> records) throws IOException {
        PageTexts texts = new PageTexts(docIds, records);
        return textElseDescription(docIds, (field, ids) -> highlight(field, query, ids, texts));
    }

    /** The text's snippets, and the description's for the hits whose text has no match. */
    static String[] textElseDescription(int[] docIds, FieldHighlighting highlighting) throws IOException {
        String[] snippets = highlighting.highlight(SearchField.TEXT, docIds);
        int[] unmarked = IntStream.range(0, docIds.length).filter(i -> !isMarked(snippets[i])).toArray();
        if (unmarked.length > 0) {
            int[] ids = IntStream.of(unmarked).map(i -> docIds[i]).toArray();
            String[] descriptions = highlighting.highlight(SearchField.DESCRIPTION, ids);
            for (int j = 0; j < unmarked.length; j++) {
                int i = unmarked[j];
                if (snippets[i] == null || isMarked(descriptions[j])) {
                    snippets[i] = descriptions[j];
                }
            }
        }
        return snippets;
    }

    /** Passages of a field's folded form, showing the matches of every form. */
    String[] highlight(SearchField field, Query query, int[] docIds, PageTexts texts) throws IOException {
        String highlighted = TextForm.FOLDED.field(field.indexName());
        UnifiedHighlighter highlighter = new PageHighlighter(builder, fieldInfos, texts.of(field, MAX_ANALYSED_CHARS));
        return highlighter.highlightFields(new String[] {highlighted}, query, docIds, new int[] {PASSAGES})
                .get(highlighted);
    }

    private static boolean isMarked(String snippet) {
        return snippet != null && snippet.contains(MARK);
    }
}
