package org.disan.batch.bench.search;

import java.nio.file.Path;
import java.util.Optional;
import org.disan.search.elasticsearch.ElasticsearchSettings;

/**
 * What one benchmark run does.
 *
 * @param records the synthetic archive's size
 * @param seed what the archive is generated from: the same seed, the same archive
 * @param rounds timed passes over the query mix
 * @param warmupRounds untimed passes first, so that caches and the JIT are warm
 * @param batchSize records per {@code index} call while indexing
 * @param elasticsearch the server to measure too, or empty for the embedded index only
 * @param outputFolder where the JSON summary is written
 */
public record SearchBenchSettings(
        int records, long seed, int rounds, int warmupRounds, int batchSize,
        Optional<ElasticsearchSettings> elasticsearch, Path outputFolder) {

    public SearchBenchSettings {
        if (records < 1 || rounds < 1 || warmupRounds < 0 || batchSize < 1) {
            throw new IllegalArgumentException("records, rounds and batch size must be at least 1, warm-up rounds at least 0");
        }
        elasticsearch = elasticsearch == null ? Optional.empty() : elasticsearch;
    }
}
