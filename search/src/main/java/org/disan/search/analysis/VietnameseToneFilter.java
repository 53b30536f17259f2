package org.disan.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites each term to its canonical tone placement ({@link VietnameseTones#canonical}). */
public final class VietnameseToneFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseToneFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!VietnameseTones.isAscii(term)) {
            String original = term.toString();
            String canonical = VietnameseTones.canonical(original);
            if (!canonical.equals(original)) {
                term.setEmpty().append(canonical);
            }
        }
        return true;
    }
}
