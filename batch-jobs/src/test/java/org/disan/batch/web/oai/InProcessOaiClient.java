package org.disan.batch.web.oai;

import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands the harvester's requests to a provider in this JVM, as the endpoint would (the parameters
 * of the request's URL), checks every answer against the schemas and keeps the answers.
 */
final class InProcessOaiClient extends OAIClient {

    private final OaiProvider provider;
    final List<String> answers = new CopyOnWriteArrayList<>();
    /** Runs before each request is answered: a test can change the archive between pages. */
    Runnable beforeEachRequest = () -> { };

    InProcessOaiClient(OaiProvider provider) {
        this.provider = provider;
    }

    @Override
    public InputStream execute(Parameters parameters) {
        beforeEachRequest.run();
        byte[] answer = provider.answer(query(parameters.toUrl("http://archive.example/oai")));
        OaiSchemas.assertValid(answer);
        answers.add(new String(answer, StandardCharsets.UTF_8));
        return new ByteArrayInputStream(answer);
    }

    static Map<String, String[]> query(String url) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    new String[] {kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8)});
        }
        return parameters;
    }
}
