package org.disan.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
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
 * highlighted field is the folded one, so "ha noi" marks "Hà Nội"; an English stem-only match
 * ("villages" finding "village") is marked by analysing the text again in the stemmed form.
 */
final class Snippets {

    private static final String MARK = "<mark>";
    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH = 160;
    private static final int MAX_ANALYSED_CHARS = 1_000_000;
    private static final String[] FIELDS = {LuceneFields.FULL_TEXT, LuceneFields.DESCRIPTION};
    private static final String STEMMED_TEXT = TextForm.STEMMED.field(SearchField.TEXT.indexName());
    private static final String STEMMED_DESCRIPTION =
            TextForm.STEMMED.field(SearchField.DESCRIPTION.indexName());

    private final UnifiedHighlighter highlighter;
    private final UnifiedHighlighter reanalysing;

    Snippets(IndexSearcher searcher, LuceneFields.FormAnalyzer analyzer) {
        this.highlighter = configure(UnifiedHighlighter.builder(searcher, analyzer));
        this.reanalysing = configure(UnifiedHighlighter.builderWithoutSearcher(analyzer));
    }

    private static UnifiedHighlighter configure(UnifiedHighlighter.Builder builder) {
        return builder
                .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.4f))
                .withHandleMultiTermQuery(true)
                .withMaxLength(MAX_ANALYSED_CHARS)
                .build();
    }

    /** One snippet per hit, in the same order; {@code null} where a record has no text. */
    String[] forDocs(Query query, int[] docIds, ArchiveRecord[] records) throws IOException {
        Map<String, String[]> passages =
                highlighter.highlightFields(FIELDS, query, docIds, new int[] {PASSAGES, PASSAGES});
        String[] text = passages.get(LuceneFields.FULL_TEXT);
        String[] description = passages.get(LuceneFields.DESCRIPTION);
        String[] snippets = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = choose(query, text[i], description[i], records[i]);
        }
        return snippets;
    }

    private String choose(Query query, String text, String description, ArchiveRecord record)
            throws IOException {
        if (isMarked(text)) {
            return text;
        }
        if (isMarked(description)) {
            return description;
        }
        String stemmed = stemMatch(query, STEMMED_TEXT, record.fullText());
        if (stemmed == null) {
            stemmed = stemMatch(query, STEMMED_DESCRIPTION, record.dublinCore().description());
        }
        if (stemmed != null) {
            return stemmed;
        }
        return text != null ? text : description;
    }

    /** Marks English stem matches by analysing the content again; null when nothing matched. */
    private String stemMatch(Query query, String field, String content) throws IOException {
        if (content == null || content.isEmpty()) {
            return null;
        }
        Object marked = reanalysing.highlightWithoutSearcher(field, query, content, PASSAGES);
        return marked != null && isMarked(marked.toString()) ? marked.toString() : null;
    }

    private static boolean isMarked(String snippet) {
        return snippet != null && snippet.contains(MARK);
    }
}
