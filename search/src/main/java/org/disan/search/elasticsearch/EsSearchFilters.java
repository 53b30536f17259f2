package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.AccessLevel;
import org.disan.search.SearchRequest;
import org.disan.search.query.QueryPolicy;

/**
 * The non-scoring part of a search as filter clauses: who may see what, and the facet values the
 * user selected. Facet counts are taken over the filtered matches, so a public search never
 * counts a record it may not show.
 */
final class EsSearchFilters {

    private EsSearchFilters() {}

    static List<Query> of(SearchRequest request, LocalDate today) {
        List<Query> filters = new ArrayList<>();
        if (request.audience() == SearchRequest.Audience.PUBLIC) {
            filters.add(publicOn(today));
        }
        for (QueryPolicy.FacetSelection selected : QueryPolicy.facetSelections(request)) {
            filters.add(Query.of(q -> q.term(t -> t.field(ElasticsearchFields.facet(selected.facet()))
                    .value(selected.value()))));
        }
        return filters;
    }

    /** Public records, and embargoed ones whose embargo ended on or before today. */
    static Query publicOn(LocalDate today) {
        Query isPublic = level(AccessLevel.PUBLIC);
        Query embargoOver = Query.of(q -> q.bool(b -> b
                .filter(level(AccessLevel.EMBARGOED))
                .filter(f -> f.range(r -> r.date(d -> d.field(ElasticsearchFields.EMBARGO_UNTIL).lte(today.toString()))))));
        return Query.of(q -> q.bool(b -> b.should(isPublic, embargoOver).minimumShouldMatch("1")));
    }

    private static Query level(AccessLevel level) {
        return Query.of(q -> q.term(t -> t.field(ElasticsearchFields.ACCESS).value(level.name())));
    }
}
