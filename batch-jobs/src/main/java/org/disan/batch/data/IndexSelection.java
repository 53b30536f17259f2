package org.disan.batch.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.disan.search.elasticsearch.ElasticsearchSettings;

/**
 * Which search index a command works on: the data folder's embedded Lucene index, or an
 * Elasticsearch index. Decided once per command from its options and the environment, so that
 * every part of a run (job, web pages, command output) talks to the same index.
 *
 * @param elasticsearch the Elasticsearch index, or empty for the embedded one
 */
public record IndexSelection(Optional<ElasticsearchSettings> elasticsearch) {

    /** The name under which an application context holds the selection. */
    public static final String BEAN = "disanIndexSelection";

    public IndexSelection {
        elasticsearch = elasticsearch == null ? Optional.empty() : elasticsearch;
    }

    public static IndexSelection embedded() {
        return new IndexSelection(Optional.empty());
    }

    public static IndexSelection of(ElasticsearchSettings settings) {
        return new IndexSelection(Optional.of(settings));
    }

    /**
     * The selection for {@code --es-url} and {@code --es-index} (either may be {@code null}), over
     * {@code DISAN_ES_URL}, {@code DISAN_ES_INDEX}, {@code DISAN_ES_API_KEY},
     * {@code DISAN_ES_USERNAME}/{@code DISAN_ES_PASSWORD} and {@code DISAN_ES_CA_CERT}: options win
     * over the environment; secrets come only from the environment, so they never show in a
     * process list.
     *
     * @throws IllegalArgumentException with every problem listed, when the settings are not usable
     */
    public static IndexSelection from(String urlOption, String indexOption, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(environment);
        if (urlOption != null) {
            merged.put("DISAN_ES_URL", urlOption);
        }
        if (indexOption != null) {
            merged.put("DISAN_ES_INDEX", indexOption);
        }
        Optional<ElasticsearchSettings> settings = ElasticsearchSettings.fromEnvironment(merged);
        if (settings.isEmpty() && indexOption != null) {
            throw new IllegalArgumentException("--es-index needs an Elasticsearch server: give --es-url or set DISAN_ES_URL");
        }
        return new IndexSelection(settings);
    }

    public boolean isEmbedded() {
        return elasticsearch.isEmpty();
    }

    /** For messages: where the index is, without secrets. */
    public String describe(DataFolder dataFolder) {
        return elasticsearch
                .map(es -> "the Elasticsearch index " + es.indexName() + " at " + es.url())
                .orElseGet(() -> "the embedded index in " + dataFolder.index());
    }
}
