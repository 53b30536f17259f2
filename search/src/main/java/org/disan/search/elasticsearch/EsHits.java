package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.SearchHit;
import org.disan.search.lucene.RecordSnippets;
import org.disan.search.query.QueryNode;

/**
 * Turns Elasticsearch hits back into records and {@link SearchHit}s. Snippets are the embedded
 * index's, made in Java: Elasticsearch's own highlighters would analyse the original text with the
 * whitespace analyzer and never see that "ha noi" matches "Hà Nội".
 */
final class EsHits {

    private final RecordSnippets snippets = new RecordSnippets();

    /** The record kept unindexed in a document's source. */
    static ArchiveRecord record(ObjectNode source) {
        JsonNode record = source == null ? null : source.get(EsFields.RECORD);
        if (record == null) {
            throw new ElasticsearchIndexException("a document in the index has no record: was it written by disan?");
        }
        try {
            return RecordJson.mapper().treeToValue(record, ArchiveRecord.class);
        } catch (JsonProcessingException e) {
            throw new ElasticsearchIndexException("a record in the index cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    /** The hits of one page, with their snippets. */
    List<SearchHit> page(List<Hit<ObjectNode>> page, QueryNode query) {
        List<ArchiveRecord> records = page.stream().map(h -> record(h.source())).toList();
        String[] marked = snippets.of(query, records);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Double score = page.get(i).score();
            hits.add(SearchHit.of(records.get(i), marked[i], score == null ? 0f : score.floatValue()));
        }
        return hits;
    }
}
