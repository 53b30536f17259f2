package org.disan.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.disan.search.analysis.TextForm;
import org.disan.search.query.SearchField;

/**
 * Snippets for a page of hits: the passages of the full text (else the description) around the
 * matched words, which are wrapped in {@code <mark>}; everything else is HTML-escaped. The
 * highlighted field is the folded one, so "ha noi" marks "Hà Nội", and it also shows the matches
 * of the exact and stemmed forms ("villages" marks "village"). Every form of these two fields
 * keeps offsets in its postings, so nothing is analysed again at search time.
 */
final class Snippets {

    private static final String MARK = "<mark>";
    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH = 160;
    private static final int MAX_ANALYSED_CHARS = 1_000_000;
    private static final String[] FIELDS = {LuceneFields.FULL_TEXT, LuceneFields.DESCRIPTION};

    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher, LuceneFields.FormAnalyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withMaskedFieldsFunc(Snippets::otherForms)
                // free text queries the title, catalogue and text fields; their words are the
                // ones to mark wherever they occur in the text or the description
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
        for (SearchField field : List.of(SearchField.TEXT, SearchField.DESCRIPTION)) {
            if (highlighted.equals(TextForm.FOLDED.field(field.indexName()))) {
                return Set.of(TextForm.EXACT.field(field.indexName()),
                        TextForm.STEMMED.field(field.indexName()));
            }
        }
        return Set.of();
    }

    /** One snippet per hit, in the same order; {@code null} where a record has no text. */
    String[] forDocs(Query query, int[] docIds) throws IOException {
        Map<String, String[]> passages =
                highlighter.highlightFields(FIELDS, query, docIds, new int[] {PASSAGES, PASSAGES});
        String[] text = passages.get(LuceneFields.FULL_TEXT);
        String[] description = passages.get(LuceneFields.DESCRIPTION);
        String[] snippets = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = choose(text[i], description[i]);
        }
        return snippets;
    }

    private static String choose(String text, String description) {
        if (isMarked(text) || !isMarked(description)) {
            return text != null ? text : description;
        }
        return description;
    }

    private static boolean isMarked(String snippet) {
        return snippet != null && snippet.contains(MARK);
    }
}
