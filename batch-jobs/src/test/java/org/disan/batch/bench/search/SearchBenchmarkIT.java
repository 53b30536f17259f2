package org.disan.batch.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disan.batch.cli.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search benchmark on a tiny archive: it runs, agrees across backends and writes its summary. */
class SearchBenchmarkIT {

    @TempDir
    Path temp;

    @Test
    void aTinyRunMeasuresEveryBackendAndWritesTheJsonSummary() throws Exception {
        String esUrl = System.getProperty("disan.test.es.url");
        assertThat(esUrl).as("disan.test.es.url (set by 'mvn verify')").isNotBlank().doesNotContain("${");

        CommandLineRun run = CommandLineRun.of("bench", "search", "--records", "200", "--queries", "2",
                "--warmup", "1", "--es-url", esUrl, "--output", temp.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("lucene").contains("elasticsearch-raw").contains("p95 ms")
                .contains("disan Elasticsearch p95 / raw _search p95");
        Path summary;
        try (Stream<Path> files = Files.list(temp)) {
            summary = files.filter(f -> f.getFileName().toString().matches("search-\\d{8}-\\d{6}\\.json")).findFirst().orElseThrow();
        }
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json.get("records").asInt()).isEqualTo(200);
        assertThat(json.get("loadAverage").has("atStart")).as("the machine's load is part of the summary").isTrue();
        assertThat(json.get("indexing").get("lucene").get("recordsPerSecond").asDouble()).isPositive();
        assertThat(json.get("indexing").get("elasticsearch").get("recordsPerSecond").asDouble()).isPositive();
        for (String backend : List.of("lucene", "elasticsearch", "elasticsearch-raw")) {
            assertThat(json.get("latency").get(backend).get("samples").asInt()).as(backend).isEqualTo(2 * QueryMix.queries().size());
            assertThat(json.get("searchingThreadCpu").get(backend).get("p95Millis").asDouble()).as(backend).isPositive();
        }
        assertThat(json.get("elasticsearchP95OverRawP95").asDouble()).isPositive();
        assertThat(json.get("queries")).hasSize(QueryMix.queries().size()).allSatisfy(query -> {
            JsonNode totals = query.get("totalHits");
            assertThat(totals.get("elasticsearch").asLong()).as(query.get("name").asText())
                    .isEqualTo(totals.get("lucene").asLong())
                    .isEqualTo(totals.get("elasticsearch-raw").asLong());
            assertThat(query.get("elasticsearchBody").asText()).contains("\"query\"");
        });
        long queriesWithHits = json.get("queries").findValues("totalHits").stream()
                .filter(totals -> totals.get("lucene").asLong() > 0).count();
        assertThat(queriesWithHits).isGreaterThanOrEqualTo(QueryMix.queries().size() - 2);
    }
}
