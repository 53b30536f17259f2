package org.disan.search.lucene;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.SortOrder;

/** Lucene sorts for the request's order; records without a date come last either way. */
final class SearchSort {

    private SearchSort() {}

    static boolean isRelevance(SearchRequest request) {
        return request.sort() == SortOrder.RELEVANCE;
    }

    static Sort of(SearchRequest request) {
        if (request.sort() == SortOrder.MODIFIED_DESCENDING) {
            SortField modified = new SortField(LuceneFields.MODIFIED, SortField.Type.LONG, true);
            modified.setMissingValue(Long.MIN_VALUE);
            return new Sort(modified, SortField.FIELD_SCORE);
        }
        boolean descending = request.sort() == SortOrder.DATE_DESCENDING;
        SortField date = new SortField(LuceneFields.SORT_DATE, SortField.Type.LONG, descending);
        date.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }
}
