package org.disan.batch.bench.cold;

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

/**
 * The cold benchmark runs end to end in a tiny configuration: the real launcher in new processes,
 * a one-file and a small mixed collection, the same launcher standing in for the baseline (so that
 * no second build is needed), and a submission to a running server. Its timings are not checked:
 * they belong to the machine; what is checked is that every run did the work and every phase was
 * seen.
 */
class ColdBenchIT {

    private static final List<String> PHASES = List.of("jvm", "application", "jobRepository", "scan", "parserStart",
            "untilScanned", "files", "reportAndClose");

    @TempDir
    Path temp;

    @Test
    void coldBenchmarkRunsTheLauncherForEachCaseAndBuildAndWritesAJsonSummary() throws Exception {
        // given the packaged jar's launcher, as both the build measured and the baseline
        Path launcher = Path.of("bin", "disan").toAbsolutePath();
        Path out = temp.resolve("out");

        // when the benchmark runs one round of a one-file and a small collection ingest, and a submission
        CommandLineRun run = CommandLineRun.of("bench", "cold", "--cases", "one-file,collection-ocr-off",
                "--files", "8", "--large-scans", "1", "--scan-mb", "2", "--rounds", "1",
                "--launcher", launcher.toString(), "--baseline-launcher", launcher.toString(),
                "--work", temp.resolve("work").toString(), "--out", out.toString());

        // then it succeeds, prints its table and writes one summary with both builds' runs of each case
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Cold ingest, wall seconds", "new/base", "searchable", "Summary written to");
        JsonNode json = new ObjectMapper().readTree(onlySummary(out).toFile());
        JsonNode cases = json.get("cases");
        assertThat(cases).hasSize(2);
        for (JsonNode result : cases) {
            assertThat(result.get("newRuns")).hasSize(1);
            assertThat(result.get("baselineRuns")).hasSize(1);
            JsonNode measured = result.get("newRuns").get(0);
            JsonNode baseline = result.get("baselineRuns").get(0);
            assertThat(measured.get("exitCode").asInt()).isZero();
            assertThat(measured.get("seconds").asDouble()).isPositive();
            assertThat(result.get("ratio").asDouble()).isPositive();
            // every phase was marked, none ran backwards
            for (String phase : PHASES) {
                assertThat(measured.at("/phases/" + phase).isNumber()).as(phase).isTrue();
                assertThat(measured.at("/phases/" + phase).asDouble()).as(phase).isNotNegative();
            }
            // both builds ingested the same submission the same way
            assertThat(measured.get("counts")).isEqualTo(baseline.get("counts"));
            assertThat(measured.at("/counts/ingested").asInt()).isPositive();
        }
        JsonNode collection = cases.get(1);
        // the generated files, the generator's manifest, the large scan and four broken files
        assertThat(collection.at("/newRuns/0/counts/filesFound").asInt()).isEqualTo(8 + 1 + 1 + 4);
        assertThat(collection.at("/newRuns/0/counts/failed").asInt()).isPositive();
        assertThat(json.at("/submission/seconds")).hasSize(3);
        assertThat(json.at("/submission/seconds/0").asDouble()).isPositive();
        assertThat(json.at("/firstRuns/new").asDouble()).isPositive();
    }

    private static Path onlySummary(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> summaries = files.filter(file -> file.getFileName().toString().matches("cold-.*\\.json")).toList();
            assertThat(summaries).hasSize(1);
            return summaries.get(0);
        }
    }
}
