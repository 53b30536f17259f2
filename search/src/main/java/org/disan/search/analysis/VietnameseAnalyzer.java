package org.disan.search.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Turns text into the terms of one {@link TextForm}. Input is normalised to NFC before
 * tokenising, so decomposed (NFD) text from file names or old systems matches composed text,
 * and highlight offsets still point into the original string.
 */
public final class VietnameseAnalyzer extends Analyzer {

    private final TextForm form;

    public VietnameseAnalyzer(TextForm form) {
        this.form = form;
    }

    public TextForm form() {
        return form;
    }

    /** Keeps the values of a repeated field apart, so a phrase never spans two subjects. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = switch (form) {
            case EXACT -> new VietnameseToneFilter(new LowerCaseFilter(tokenizer));
            case FOLDED -> new ICUFoldingFilter(tokenizer);
            case STEMMED -> new PorterStemFilter(
                    new ICUFoldingFilter(new EnglishPossessiveFilter(tokenizer)));
        };
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return switch (form) {
            case EXACT -> new VietnameseToneFilter(new LowerCaseFilter(in));
            case FOLDED, STEMMED -> new ICUFoldingFilter(in);
        };
    }
}
