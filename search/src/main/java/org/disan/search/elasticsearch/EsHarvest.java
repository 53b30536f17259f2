package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.document.Facet;
import org.disan.search.document.SearchableRecord;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;
import org.disan.search.harvest.HarvestSet;

/** Harvest pages on Elasticsearch: a datestamp range, (datestamp, id) order, {@code search_after} paging. */
final class EsHarvest {

    /** More collections or submissions than one archive is expected to have. */
    private static final int MAX_SET_VALUES = 10_000;
    private static final String SET_VALUES = "set_values";

    private final ElasticsearchClient client;
    private final Retrying retrying;
    private final String alias;

    EsHarvest(ElasticsearchClient client, Retrying retrying, String alias) {
        this.client = client;
        this.retrying = retrying;
        this.alias = alias;
    }

    HarvestPage page(HarvestQuery query, LocalDate today) {
        Query matching = matching(query, today);
        SearchResponse<EsSource> response = retrying.call("harvest", () -> client.search(s -> {
            s.index(alias)
                    .query(matching)
                    .size(query.limit())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(ascending(ElasticsearchFields.DATESTAMP), ascending(ElasticsearchFields.ID))
                    .source(src -> src.filter(f -> f.includes(ElasticsearchFields.RECORD).excludes(ElasticsearchFields.RECORD + ".fullText")));
            query.cursor().ifPresent(c -> s.searchAfter(FieldValue.of(c.datestamp()), FieldValue.of(c.id())));
            return s;
        }, EsSource.class));
        List<ArchiveRecord> records = new ArrayList<>();
        for (Hit<EsSource> hit : response.hits().hits()) {
            records.add(EsSource.recordOf(hit.source()));
        }
        long total = response.hits().total() == null ? records.size() : response.hits().total().value();
        return new HarvestPage(total, records);
    }

    List<String> setValues(HarvestSet set, LocalDate today) {
        SearchResponse<Void> response = retrying.call("list harvest sets", () -> client.search(s -> s
                .index(alias)
                .size(0)
                .query(EsSearchFilters.publicOn(today))
                .aggregations(SET_VALUES, a -> a.terms(t -> t.field(field(set)).size(MAX_SET_VALUES))), Void.class));
        List<String> values = new ArrayList<>();
        for (StringTermsBucket bucket : response.aggregations().get(SET_VALUES).sterms().buckets().array()) {
            values.add(bucket.key().stringValue());
        }
        values.sort(null);
        return values;
    }

    private static Query matching(HarvestQuery query, LocalDate today) {
        Query withdrawn = Query.of(q -> q.term(t -> t.field(ElasticsearchFields.WITHDRAWN).value(true)));
        Query visible = Query.of(q -> q.bool(b -> b.should(EsSearchFilters.publicOn(today), withdrawn).minimumShouldMatch("1")));
        Query range = Query.of(q -> q.range(r -> r.number(n -> {
            n.field(ElasticsearchFields.DATESTAMP);
            if (query.from() != null) {
                n.gte(query.from().doubleValue());
            }
            if (query.until() != null) {
                n.lte(query.until().doubleValue());
            }
            return n;
        })));
        List<Query> filters = new ArrayList<>(List.of(range, visible));
        if (query.set() != null) {
            List<FieldValue> values = SearchableRecord.nfc(query.setValues()).stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field(query.set())).terms(v -> v.value(values)))));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static SortOptions ascending(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Asc)));
    }

    private static String field(HarvestSet set) {
        return set == HarvestSet.COLLECTION ? ElasticsearchFields.facet(Facet.COLLECTION) : ElasticsearchFields.SUBMISSION;
    }
}
