package org.disan.batch.cli;

import java.util.Map;
import org.disan.batch.data.IndexSelection;
import picocli.CommandLine.Option;

/**
 * The options that point a command at Elasticsearch instead of the data folder's embedded index.
 * Credentials come only from the environment ({@code DISAN_ES_API_KEY}, or
 * {@code DISAN_ES_USERNAME} and {@code DISAN_ES_PASSWORD}; {@code DISAN_ES_CA_CERT} for TLS).
 */
public class IndexOptions {

    @Option(names = "--es-url", paramLabel = "URL",
            description = "Use the Elasticsearch server at URL instead of the embedded index "
                    + "(default: $DISAN_ES_URL). Credentials: $DISAN_ES_API_KEY, or $DISAN_ES_USERNAME "
                    + "and $DISAN_ES_PASSWORD.")
    private String esUrl;

    @Option(names = "--es-index", paramLabel = "NAME",
            description = "Elasticsearch alias the archive lives under (default: $DISAN_ES_INDEX, else disan).")
    private String esIndex;

    /** The selection for these options over the process environment. */
    public IndexSelection selection() {
        return selection(System.getenv());
    }

    IndexSelection selection(Map<String, String> environment) {
        try {
            return IndexSelection.from(esUrl, esIndex, environment);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
