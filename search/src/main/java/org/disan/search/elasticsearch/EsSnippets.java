package org.disan.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.disan.search.analysis.TextForm;
import org.disan.search.analysis.VietnameseAnalyzer;
import org.disan.search.query.QueryNode;
import org.disan.search.query.SearchField;

/**
 * Snippets computed in Java from the record's stored text, as the Lucene backend computes them:
 * Elasticsearch's own highlighters would analyse the original text with its whitespace analyzer
 * and could not see that "ha noi" matches "Hà Nội". Passages of the full text (else the
 * description) around the matched words, marked with {@code <mark>}, the rest HTML-escaped; a
 * stem-only match ("villages" finding "village") is marked from the stemmed form. The
 * {@code BackendAgreementIT} checks that these snippets equal the embedded index's.
 */
final class EsSnippets {

    private static final String MARK = "<mark>";
    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH = 160;
    private static final int MAX_ANALYSED_CHARS = 1_000_000;
    private static final String FOLDED_TEXT = TextForm.FOLDED.field(SearchField.TEXT.indexName());
    private static final String FOLDED_DESCRIPTION = TextForm.FOLDED.field(SearchField.DESCRIPTION.indexName());
    private static final String STEMMED_TEXT = TextForm.STEMMED.field(SearchField.TEXT.indexName());
    private static final String STEMMED_DESCRIPTION = TextForm.STEMMED.field(SearchField.DESCRIPTION.indexName());

    private final UnifiedHighlighter folded = highlighter(TextForm.FOLDED);
    private final UnifiedHighlighter stemmed = highlighter(TextForm.STEMMED);

    /** The snippet of one hit, or {@code null} when the record has neither text nor description. */
    String of(QueryNode query, String fullText, String description) {
        Query highlight = new HighlightQuery().translate(query);
        String text = passages(folded, FOLDED_TEXT, highlight, fullText);
        if (isMarked(text)) {
            return text;
        }
        String described = passages(folded, FOLDED_DESCRIPTION, highlight, description);
        if (isMarked(described)) {
            return described;
        }
        String stem = passages(stemmed, STEMMED_TEXT, highlight, fullText);
        if (isMarked(stem)) {
            return stem;
        }
        String describedStem = passages(stemmed, STEMMED_DESCRIPTION, highlight, description);
        if (isMarked(describedStem)) {
            return describedStem;
        }
        return text != null ? text : described;
    }

    private static String passages(UnifiedHighlighter highlighter, String field, Query query, String content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        try {
            Object result = highlighter.highlightWithoutSearcher(field, query, content, PASSAGES);
            return result == null ? null : result.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting an in-memory text failed", e);
        }
    }

    private static boolean isMarked(String snippet) {
        return snippet != null && snippet.contains(MARK);
    }

    private static UnifiedHighlighter highlighter(TextForm form) {
        return UnifiedHighlighter.builderWithoutSearcher(new VietnameseAnalyzer(form))
                .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.4f))
                .withHandleMultiTermQuery(true)
                .withMaxLength(MAX_ANALYSED_CHARS)
                .build();
    }
}
