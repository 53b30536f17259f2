package org.disan.search.lucene;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.disan.search.analysis.TextForm;
import org.disan.search.analysis.VietnameseAnalyzer;
import org.disan.search.document.Facet;
import org.disan.search.query.SearchField;

/** The Lucene index layout: field names and the analyzer for each. */
final class LuceneFields {

    static final String ID = "id";
    static final String RECORD_JSON = "record";
    static final String YEAR = "year";
    static final String SORT_DATE = "sortdate";
    static final String ACCESS = "access";
    static final String EMBARGO_DAY = "embargo";
    /** A harvest's datestamp in epoch seconds (points for ranges, doc values for order). */
    static final String DATESTAMP = "oai.datestamp";
    /** The id again, as sorted doc values: a harvest's tie-break (a new name, so old indexes stay consistent). */
    static final String HARVEST_ORDER_ID = "oai.id";
    /** "true" on a record a harvest lists as deleted. */
    static final String WITHDRAWN = "oai.withdrawn";
    /** The submission a record came in, as written (NFC). */
    static final String SUBMISSION = "oai.submission";
    /** When the record last changed, in epoch milliseconds: a point for ranges, doc values to sort. */
    static final String MODIFIED = "modified";

    /** The stored full text, analysed folded with offsets so snippets highlight folded matches. */
    static final String FULL_TEXT = TextForm.FOLDED.field(SearchField.TEXT.indexName());

    private LuceneFields() {}

    /** A keyword field: the folded whole value ({@code type.key}). */
    static String keyword(SearchField field) {
        return field.indexName() + ".key";
    }

    /** The exact raw values a facet filter matches ({@code facet.subject}). */
    static String facetFilter(Facet facet) {
        return "facet." + facet.key();
    }

    /** Chooses each field's analyzer by its form suffix; other fields are single keywords. */
    static final class FormAnalyzer extends DelegatingAnalyzerWrapper {

        private final Map<TextForm, Analyzer> forms = new EnumMap<>(TextForm.class);
        private final Analyzer keyword = new KeywordAnalyzer();

        FormAnalyzer() {
            super(PER_FIELD_REUSE_STRATEGY);
            for (TextForm form : TextForm.values()) {
                forms.put(form, new VietnameseAnalyzer(form));
            }
        }

        Analyzer of(TextForm form) {
            return forms.get(form);
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
}
