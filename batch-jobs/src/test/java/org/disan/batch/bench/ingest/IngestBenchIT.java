package org.disan.batch.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disan.batch.cli.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest benchmark runs end to end on a tiny generated corpus and writes its summary. Its
 * numbers are not checked: they belong to the machine, not to the code.
 */
class IngestBenchIT {

    private static final int FILES = 12;

    @TempDir
    Path temp;

    @Test
    void benchmarkOfATinyCorpusPrintsItsTablesAndWritesAJsonSummary() throws Exception {
        // given a work folder and a summary folder
        Path out = temp.resolve("out");

        // when the benchmark runs over a dozen generated files with two threads
        CommandLineRun run = CommandLineRun.of("bench", "ingest", "--files", String.valueOf(FILES), "--threads", "2",
                "--heap-every", "1", "--warm-up", "3", "--warm-up-rounds", "2", "--rounds", "2", "--work", temp.resolve("work").toString(),
                "--out", out.toString());

        // then it succeeds, prints every part and writes one JSON summary with every figure
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("pipeline / floor (lucene)", "previews on first view",
                "same in CPU time", "parallel speed-up", "load average", "stage times", "heap after GC", "slope",
                "Summary written to");
        List<Path> summaries;
        try (Stream<Path> files = Files.list(out)) {
            summaries = files.filter(file -> file.getFileName().toString().matches("ingest-.*\\.json")).toList();
        }
        assertThat(summaries).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(summaries.get(0).toFile());
        // every generated file plus the generator's manifest, which is ingested like any file
        int ingested = json.at("/corpus/files").asInt();
        assertThat(ingested).isEqualTo(FILES + 1);
        assertThat(json.at("/backends/lucene/outcomes/ingested").asLong()).isEqualTo(ingested);
        assertThat(json.at("/singleThread/outcomes/ingested").asLong()).isEqualTo(ingested);
        assertThat(json.at("/backends/lucene/stageSeconds/EXTRACT").asDouble()).isPositive();
        assertThat(json.at("/backends/lucene/stageSeconds/INDEX").asDouble()).isPositive();
        assertThat(json.at("/floors/lucene/tika/items").asInt()).isEqualTo(ingested);
        assertThat(json.at("/floors/lucene/index/items").asInt()).isEqualTo(ingested);
        assertThat(json.at("/pipelineOverFloor/lucene").asDouble()).isPositive();
        assertThat(json.has("pipelineOverFloorWithPreviews")).isFalse();
        assertThat(json.at("/pipelineOverFloorCpu/lucene").asDouble()).isPositive();
        // the wall ratio splits into the CPU ratio and how many cores each kept busy
        double pipelineCores = json.at("/coresBusy/lucene/pipeline").asDouble();
        double floorCores = json.at("/coresBusy/lucene/floor").asDouble();
        assertThat(pipelineCores).isPositive();
        assertThat(floorCores).isPositive();
        assertThat(json.at("/pipelineOverFloorCpu/lucene").asDouble() * floorCores / pipelineCores)
                .isCloseTo(json.at("/pipelineOverFloor/lucene").asDouble(), within(1e-9));
        assertThat(run.out()).contains("cores kept busy (CPU s / s): pipeline ");
        // every PDF, recording and video of the corpus gets its preview, timed apart from the ingest
        int previewed = json.at("/corpus/pdfs").asInt() + json.at("/corpus/recordings").asInt()
                + json.at("/corpus/videos").asInt();
        assertThat(json.at("/previewsOnFirstView/previews").asInt()).isEqualTo(previewed).isPositive();
        assertThat(json.at("/previewsOnFirstView/notMade").asInt()).isZero();
        assertThat(json.at("/previewsOnFirstView/seconds").asDouble()).isPositive();
        assertThat(json.at("/previewsOnFirstView/cpuSeconds").asDouble()).isPositive();
        assertThat(json.at("/floors/lucene/pages").isMissingNode()).isTrue();
        assertThat(json.at("/backends/lucene/cpuSeconds").asDouble()).isPositive();
        assertThat(json.at("/loadAtStart").isNumber()).isTrue();
        assertThat(json.at("/backends/lucene/loadAtEnd").isNumber()).isTrue();
        assertThat(json.at("/speedUp").asDouble()).isPositive();
        // each round times the pipeline and its floor one after the other, and is reported on its own
        assertThat(json.at("/rounds").size()).isEqualTo(2);
        assertThat(json.at("/rounds/1/floorSeconds").asDouble()).isPositive();
        assertThat(json.at("/rounds/1/singleThreadPipelineSeconds").asDouble()).isPositive();
        assertThat(json.at("/backends/lucene/seconds").asDouble())
                .isEqualTo(Math.min(json.at("/rounds/0/pipelineSeconds").asDouble(),
                        json.at("/rounds/1/pipelineSeconds").asDouble()));
        // two threads take four partitions each
        assertThat(json.at("/backends/lucene/partitionSeconds").size()).isEqualTo(8);
        assertThat(json.at("/backends/lucene/shortOfThreadsSeconds").asDouble()).isNotNegative()
                .isLessThan(json.at("/backends/lucene/seconds").asDouble());
        assertThat(run.out()).contains("each round", "partitions ran", "on fewer threads");
        assertThat(json.at("/backends/lucene/upkeep/jitSeconds").isNumber()).isTrue();
        assertThat(json.at("/backends/lucene/parsers").asText()).isEqualTo("isolated");
        assertThat(json.at("/warmUp/files").asInt()).isEqualTo(3);
        assertThat(json.at("/warmUp/rounds").asInt()).isEqualTo(2);
        // each warm-up run is reported, with the share of the JIT compilers, which shrinks as the code is compiled
        assertThat(json.at("/warmUp/runs").size()).isEqualTo(2);
        assertThat(json.at("/warmUp/runs/0/cpuSeconds").asDouble()).isPositive();
        assertThat(json.at("/warmUp/runs/1/jitSeconds").isNumber()).isTrue();
        assertThat(run.out()).containsPattern("warm-up 1: [0-9.]+ s, [0-9.]+ CPU s, of which JIT compilers [0-9.]+ s")
                .contains("warm-up 2: ");
        // the heap is sampled in the last warm-up run, so that no timed run pays for full collections
        assertThat(json.at("/heap/run").asText()).isEqualTo("last warm-up run");
        assertThat(json.at("/heap/samples").size()).isPositive();
        assertThat(json.at("/backends/lucene/heap").size()).isZero();
    }

    @Test
    void aHeapRunSamplesTheHeapAndSkipsTheFloors() throws Exception {
        // when the benchmark runs in heap mode over a dozen files, sampling every four
        Path out = temp.resolve("heap-out");
        CommandLineRun run = CommandLineRun.of("bench", "ingest", "--heap-run", "--files", String.valueOf(FILES),
                "--threads", "2", "--heap-every", "4", "--warm-up", "0", "--work", temp.resolve("heap-work").toString(),
                "--out", out.toString());

        // then it prints the heap samples and their slope, and no floor
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("heap after GC", "slope", "files:MB").doesNotContain("pipeline / floor");
        JsonNode json;
        try (Stream<Path> files = Files.list(out)) {
            json = new ObjectMapper().readTree(files.findFirst().orElseThrow().toFile());
        }
        assertThat(json.at("/heap/run").asText()).isEqualTo("timed run");
        assertThat(json.at("/heap/samples").size()).isGreaterThanOrEqualTo(3);
        assertThat(json.at("/heapSlopeBytesPerThousandFiles").isNumber()).isTrue();
        assertThat(json.at("/floors").size()).isZero();
        assertThat(json.at("/previewsOnFirstView").isNull()).isTrue();
    }

    @Test
    void withAnElasticsearchServerItWarmsItUpTimesRoundsIntoItAndDeletesItsIndexes() throws Exception {
        // given the server the build started
        String esUrl = System.getProperty("disan.test.es.url");
        assertThat(esUrl).as("disan.test.es.url (set by 'mvn verify', which starts the server)").isNotBlank();
        Path out = temp.resolve("es-out");

        // when the benchmark also ingests into it, in two rounds
        CommandLineRun run = CommandLineRun.of("bench", "ingest", "--files", String.valueOf(FILES), "--threads", "2",
                "--warm-up", "3", "--warm-up-rounds", "1", "--rounds", "2", "--no-single-thread", "--es-url", esUrl,
                "--work", temp.resolve("es-work").toString(), "--out", out.toString());

        // then the server is warmed up untimed, both rounds are timed, and every figure is in the summary
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Warm-up of the Elasticsearch server and client, not timed",
                "Elasticsearch at " + esUrl + " (round 2 of 2)", "pipeline / floor (elasticsearch)");
        JsonNode json;
        try (Stream<Path> files = Files.list(out)) {
            json = new ObjectMapper().readTree(files.findFirst().orElseThrow().toFile());
        }
        int ingested = json.at("/corpus/files").asInt();
        assertThat(json.at("/backends/elasticsearch/outcomes/ingested").asLong()).isEqualTo(ingested);
        assertThat(json.at("/backends/elasticsearch/stageSeconds/INDEX").asDouble()).isPositive();
        assertThat(json.at("/floors/elasticsearch/index/items").asInt()).isEqualTo(ingested);
        assertThat(json.at("/floors/elasticsearch/index/failures").asInt()).isZero();
        assertThat(json.at("/pipelineOverFloor/elasticsearch").asDouble()).isPositive();
        // and none of the benchmark's indexes is left on the server
        assertThat(indexesStartingWith(esUrl, "disan-bench-" + json.at("/startedAt").asText())).isEmpty();
    }

    private static List<String> indexesStartingWith(String esUrl, String prefix) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(esUrl + "/_cat/indices/" + prefix + "*?h=index&format=json"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).forEach(index -> names.add(index.get("index").asText()));
        return names;
    }
}
