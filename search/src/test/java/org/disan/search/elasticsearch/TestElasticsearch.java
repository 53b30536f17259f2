package org.disan.search.elasticsearch;

import java.util.Locale;
import java.util.UUID;

/** The Elasticsearch server that the build starts for the integration tests. */
final class TestElasticsearch {

    static final String URL_PROPERTY = "disan.test.es.url";

    private TestElasticsearch() {}

    /** The server's URL; the build passes it to failsafe after starting the server. */
    static String url() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("system property " + URL_PROPERTY + " is not set: run the"
                    + " Elasticsearch integration tests through 'mvn verify', which starts the server");
        }
        return url;
    }

    /** Settings for the test server with an index name no other test uses. */
    static ElasticsearchSettings settings(String purpose) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return ElasticsearchSettings.of(url()).withIndexName(
                ("disan-it-" + purpose + "-" + unique).toLowerCase(Locale.ROOT));
    }

    /** Deletes every physical index behind the index's alias, by name (wildcards are refused). */
    static void deleteIndices(ElasticsearchArchiveIndex index) {
        for (String name : index.aliases().indicesBehind(index.alias())) {
            index.aliases().deleteIndex(name);
        }
    }
}
