package org.disan.search.lucene;

import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.disan.ingest.model.AccessLevel;
import org.disan.search.SearchRequest;
import org.disan.search.query.QueryPolicy;

/** The non-scoring part of a search: who may see what, and the facet values a user selected. */
final class SearchFilters {

    private SearchFilters() {}

    /** The query restricted to what the audience may see and to the selected facet values. */
    static Query apply(Query query, SearchRequest request, LocalDate today) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.audience() == SearchRequest.Audience.PUBLIC) {
            builder.add(publicOn(today), Occur.FILTER);
        }
        for (QueryPolicy.FacetSelection selected : QueryPolicy.facetSelections(request)) {
            builder.add(new TermQuery(new Term(LuceneFields.facetFilter(selected.facet()), selected.value())),
                    Occur.FILTER);
        }
        return builder.build();
    }

    /** Public records, and embargoed ones whose embargo ended on or before today. */
    static Query publicOn(LocalDate today) {
        Query embargoOver = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneFields.ACCESS, AccessLevel.EMBARGOED.name())),
                        Occur.FILTER)
                .add(LongPoint.newRangeQuery(LuceneFields.EMBARGO_DAY, Long.MIN_VALUE,
                        today.toEpochDay()), Occur.FILTER)
                .build();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneFields.ACCESS, AccessLevel.PUBLIC.name())),
                        Occur.SHOULD)
                .add(embargoOver, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }
}
