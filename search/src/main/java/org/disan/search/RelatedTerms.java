package org.disan.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.analysis.TextForm;
import org.disan.search.document.SearchableRecord;
import org.disan.search.query.SearchField;

/**
 * What "related records" compares, decided once for both backends: the folded form of a record's
 * title, catalogue fields and text, with the same term thresholds. Each backend hands these to its
 * own more-like-this query (Lucene's {@code MoreLikeThis}, Elasticsearch's {@code more_like_this}).
 */
public final class RelatedTerms {

    /** The fields whose words make two records alike. */
    public static final List<SearchField> FIELDS = List.of(SearchField.TITLE, SearchField.CREATOR,
            SearchField.SUBJECT, SearchField.PLACE, SearchField.DESCRIPTION, SearchField.TEXT);
    /** The form compared: folded, so "Hà Nội" and "Ha Noi" count as the same words. */
    public static final TextForm FORM = TextForm.FOLDED;
    /** A word counts once it occurs once in the record and in one other record. */
    public static final int MIN_TERM_FREQUENCY = 1;
    public static final int MIN_DOC_FREQUENCY = 1;
    /** The words of highest weight that make up the query. */
    public static final int MAX_QUERY_TERMS = 25;
    /** Long texts are compared by their beginning, so that one large PDF costs no more than a page. */
    static final int MAX_TEXT_CHARS = 20_000;

    private RelatedTerms() {}

    /** The record's values per index field name ({@code subject.folded} → its subjects). */
    public static Map<String, List<String>> of(ArchiveRecord record) {
        Map<SearchField, List<String>> text = SearchableRecord.of(record).text();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (SearchField field : FIELDS) {
            List<String> fieldValues = text.getOrDefault(field, List.of()).stream()
                    .map(value -> value.length() > MAX_TEXT_CHARS ? value.substring(0, MAX_TEXT_CHARS) : value)
                    .toList();
            if (!fieldValues.isEmpty()) {
                values.put(FORM.field(field.indexName()), fieldValues);
            }
        }
        return values;
    }
}
