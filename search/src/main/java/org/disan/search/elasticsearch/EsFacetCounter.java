package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.search.FacetCount;
import org.disan.search.document.Facet;

/**
 * Facet counts as terms aggregations on the raw facet values, most frequent first and, on a tie,
 * in value order, as the Lucene backend counts them.
 */
final class EsFacetCounter {


    private EsFacetCounter() {}

    static Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            aggregations.put(facet.key(), Aggregation.of(a -> a.terms(t -> t
                    .field(ElasticsearchFields.facet(facet))
                    .size(facet.valuesCounted()))));
        }
        return aggregations;
    }

    static Map<String, List<FacetCount>> read(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = new ArrayList<>();
            Aggregate aggregate = aggregations.get(facet.key());
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
                }
            }
            facets.put(facet.key(), counts);
        }
        return facets;
    }
}
