package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.util.List;
import org.disan.search.SearchRequest;

/** The request's order; by date, records without a date come last either way, then by score. */
final class EsSearchSort {

    private EsSearchSort() {}

    static List<SortOptions> of(SearchRequest request) {
        SortOptions score = SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        if (request.sort() == SearchRequest.SortOrder.RELEVANCE) {
            return List.of(score);
        }
        if (request.sort() == SearchRequest.SortOrder.MODIFIED_DESCENDING) {
            return List.of(SortOptions.of(s -> s.field(f -> f.field(ElasticsearchFields.MODIFIED).order(SortOrder.Desc)
                    .missing("_last"))), score);
        }
        SortOrder order = request.sort() == SearchRequest.SortOrder.DATE_DESCENDING ? SortOrder.Desc : SortOrder.Asc;
        SortOptions date = SortOptions.of(s -> s.field(f -> f.field(ElasticsearchFields.SORT_DATE).order(order).missing("_last")));
        return List.of(date, score);
    }
}
