package org.disan.search.elasticsearch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.disan.search.analysis.TextForm;
import org.disan.search.analysis.VietnameseAnalyzer;
import org.disan.search.query.SearchField;

/** The analyzer of each form of the highlighted fields (full text and description). */
final class SnippetAnalyzers {

    static final List<SearchField> HIGHLIGHTED = List.of(SearchField.TEXT, SearchField.DESCRIPTION);

    private SnippetAnalyzers() {}

    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (TextForm form : TextForm.values()) {
            VietnameseAnalyzer analyzer = new VietnameseAnalyzer(form);
            for (SearchField field : HIGHLIGHTED) {
                byField.put(form.field(field.indexName()), analyzer);
            }
        }
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(TextForm.FOLDED), byField);
    }
}
