package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Sends a JSON body as it is, through the client's low-level REST client. The typed API reads a
 * body given as JSON into its model first and writes it out again: for the archive's mapping,
 * hundreds of model classes loaded on the way, a seventh of a second on every ingest's start.
 * A status that is not 2xx throws {@link org.elasticsearch.client.ResponseException}, which
 * {@link Retrying} judges like the typed client's errors.
 */
final class RawJsonRequests {

    private final RestClient rest;

    RawJsonRequests(ElasticsearchClient client) {
        this.rest = ((RestClientTransport) client._transport()).restClient();
    }

    /** {@code PUT path?parameters} with the body. */
    void put(String path, String json, String... parameterPairs) throws IOException {
        Request request = new Request("PUT", path);
        for (int i = 0; i + 1 < parameterPairs.length; i += 2) {
            request.addParameter(parameterPairs[i], parameterPairs[i + 1]);
        }
        request.setJsonEntity(json);
        rest.performRequest(request);
    }
}
