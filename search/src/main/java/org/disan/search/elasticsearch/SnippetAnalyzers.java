package org.disan.search.elasticsearch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.disan.search.analysis.TextForm;
import org.disan.search.analysis.VietnameseAnalyzer;
import org.disan.search.query.SearchField;

/** Chooses the analyzer of a text field by its form suffix ({@code .exact}, {@code .folded}, ...); other fields are single keywords. */
final class SnippetAnalyzers extends DelegatingAnalyzerWrapper {

    /** The fields whose passages make snippets: the full text, else the description. */
    static final List<SearchField> HIGHLIGHTED = List.of(SearchField.TEXT, SearchField.DESCRIPTION);

    private final Map<TextForm, Analyzer> forms = new EnumMap<>(TextForm.class);
    private final Analyzer keyword = new KeywordAnalyzer();

    SnippetAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
        for (TextForm form : TextForm.values()) {
            forms.put(form, new VietnameseAnalyzer(form));
        }
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        for (TextForm form : TextForm.values()) {
            if (fieldName.endsWith(form.field(""))) {
                return forms.get(form);
            }
        }
        return keyword;
    }
}
