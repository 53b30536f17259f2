package org.disan.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text in each {@link TextForm} as plain strings, produced by the very analyzers the Lucene index
 * uses. A backend without these analyzers (Elasticsearch without plugins) indexes and queries the
 * space-joined terms with a whitespace tokenizer and gets the same matching.
 */
public final class TextFolding {

    private static final Map<TextForm, Analyzer> ANALYZERS = new EnumMap<>(TextForm.class);

    static {
        for (TextForm form : TextForm.values()) {
            ANALYZERS.put(form, new VietnameseAnalyzer(form));
        }
    }

    private TextFolding() {}

    /** The folded terms joined by single spaces: {@code "Hà Nội, 1945"} → {@code "ha noi 1945"}. */
    public static String fold(String text) {
        return String.join(" ", terms(TextForm.FOLDED, text));
    }

    /** The text's terms in the given form, in order. */
    public static List<String> terms(TextForm form, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        try (TokenStream stream = ANALYZERS.get(form).tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return terms;
    }
}
