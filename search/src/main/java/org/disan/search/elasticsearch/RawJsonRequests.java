package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
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

    /** {@code PUT path} with the body. */
    Response put(String path, String json) throws IOException {
        return put(path, json, Map.of());
    }

    /** {@code PUT path?parameters} with the body. */
    Response put(String path, String json, Map<String, String> parameters) throws IOException {
        Request request = new Request("PUT", path);
        parameters.forEach(request::addParameter);
        request.setJsonEntity(json);
        return rest.performRequest(request);
    }
}
