package org.disan.batch.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.util.EntityUtils;
import org.disan.batch.bench.search.QueryMix.BenchQuery;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * The baseline: the very {@code _search} bodies disan's Elasticsearch backend sends, prepared
 * beforehand and sent with the low-level REST client, so that a timing holds only the HTTP round
 * trip and reading the response.
 */
final class RawElasticsearchSearch implements TimedSearch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;
    private final String alias;
    private final Map<String, String> bodies = new HashMap<>();

    RawElasticsearchSearch(RestClient client, ElasticsearchArchiveIndex index, List<BenchQuery> queries) {
        this.client = client;
        this.alias = index.alias();
        for (BenchQuery query : queries) {
            bodies.put(query.name(), index.searchBody(query.request()));
        }
    }

    @Override
    public String name() {
        return "elasticsearch-raw";
    }

    /** The body sent for a query, for the report. */
    String body(BenchQuery query) {
        return bodies.get(query.name());
    }

    /** Sends the body and reads the whole response, without parsing it. */
    @Override
    public long run(BenchQuery query) throws IOException {
        return send(query).length;
    }

    @Override
    public long totalHits(BenchQuery query) throws IOException {
        JsonNode total = JSON.readTree(send(query)).path("hits").path("total").path("value");
        return total.asLong(-1);
    }

    private byte[] send(BenchQuery query) throws IOException {
        Request request = new Request("POST", "/" + alias + "/_search");
        // the Java client asks for typed aggregation keys too: the same response, byte for byte
        request.addParameter("typed_keys", "true");
        request.setJsonEntity(bodies.get(query.name()));
        Response response = client.performRequest(request);
        return EntityUtils.toByteArray(response.getEntity());
    }
}
