package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.RelatedTerms;
import org.disan.search.analysis.TextFolding;

/**
 * A {@code more_like_this} query for records like a given one, over {@link RelatedTerms}. The
 * record is handed over as an artificial document of terms analysed in Java (the index keeps no
 * analysed text in its source), which the whitespace analyzer splits again, as at indexing.
 */
final class EsRelated {

    private EsRelated() {}

    static Query like(ArchiveRecord record, String id) {
        Map<String, List<String>> terms = RelatedTerms.of(record);
        Map<String, Object> document = new LinkedHashMap<>();
        terms.forEach((field, values) -> EsRecordDocument.put(document, field,
                values.stream().map(value -> String.join(" ", TextFolding.terms(RelatedTerms.FORM, value))).toList()));
        List<String> fields = List.copyOf(terms.keySet());
        Query moreLikeThis = Query.of(q -> q.moreLikeThis(m -> m
                .fields(fields)
                .like(l -> l.document(d -> d.doc(JsonData.of(document))))
                .minTermFreq(RelatedTerms.MIN_TERM_FREQUENCY)
                .minDocFreq(RelatedTerms.MIN_DOC_FREQUENCY)
                .maxQueryTerms(RelatedTerms.MAX_QUERY_TERMS)
                .minimumShouldMatch("1")));
        return Query.of(q -> q.bool(b -> b
                .must(moreLikeThis)
                .mustNot(n -> n.ids(i -> i.values(id)))));
    }
}
