package org.disan.batch.bench.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disan.batch.bench.search.Latencies.Summary;

/**
 * What a benchmark run measured: indexing speed and search latencies per backend, per query and
 * over the whole mix, and how disan's Elasticsearch path compares with the raw queries.
 */
public record SearchBenchReport(
        String startedAt,
        int records,
        long seed,
        int rounds,
        int warmupRounds,
        int processors,
        String java,
        MachineLoad loadAverage,
        Map<String, Indexing> indexing,
        Map<String, Summary> latency,
        Map<String, Summary> searchingThreadCpu,
        Double elasticsearchP95OverRawP95,
        Targets targets,
        List<QueryReport> queries) {

    static final double LUCENE_P95_TARGET_MILLIS = 50;
    static final double ELASTICSEARCH_RATIO_TARGET = 1.2;

    /** The one-minute load average of the machine when the run started and when it ended; negative where unknown. */
    public record MachineLoad(double atStart, double atEnd) {}

    /** How fast one backend took the whole archive. */
    public record Indexing(int records, double seconds, double recordsPerSecond) {}

    /** One query of the mix: what it asks, how many hits each way found, and its latencies. */
    public record QueryReport(String name, String query, Map<String, List<String>> filters, String sort,
            String audience, Map<String, Long> totalHits, Map<String, Summary> latency, String elasticsearchBody) {}

    /** Whether the targets were met; {@code null} where a backend was not measured. */
    public record Targets(boolean luceneP95Under50Millis, Boolean elasticsearchP95AtMost120PercentOfRaw) {}

    Path write(Path folder, String fileStamp) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("search-" + fileStamp + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
        return file;
    }

    void print(PrintWriter out) {
        out.printf("%nSearch benchmark: %,d records (seed %d), %d rounds of %d queries after %d warm-up rounds, %d processors%n",
                records, seed, rounds, queries.size(), warmupRounds, processors);
        out.printf("load average %.2f at the start, %.2f at the end (wall-clock latencies are only comparable on a quiet machine)%n",
                loadAverage.atStart(), loadAverage.atEnd());
        out.printf("%-20s %12s %10s %10s %10s %10s %14s %14s%n", "backend", "indexed/s", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "cpu p50 ms", "cpu p95 ms");
        latency.forEach((backend, summary) -> {
            Indexing indexed = indexing.get(backend);
            Summary cpu = searchingThreadCpu.get(backend);
            out.printf("%-20s %12s %10.2f %10.2f %10.2f %10.2f %14.2f %14.2f%n", backend,
                    indexed == null ? "-" : String.format("%,.0f", indexed.recordsPerSecond()),
                    summary.p50Millis(), summary.p95Millis(), summary.p99Millis(), summary.maxMillis(),
                    cpu.p50Millis(), cpu.p95Millis());
        });
        out.println("(cpu: time the searching thread itself spent on the CPU; Elasticsearch's own work is not in it)");
        out.printf("%nembedded Lucene p95 < %.0f ms: %s%n", LUCENE_P95_TARGET_MILLIS,
                targets.luceneP95Under50Millis() ? "met" : "MISSED");
        if (elasticsearchP95OverRawP95 != null) {
            out.printf("disan Elasticsearch p95 / raw _search p95 = %.2f (target <= %.1f): %s%n",
                    elasticsearchP95OverRawP95, ELASTICSEARCH_RATIO_TARGET,
                    targets.elasticsearchP95AtMost120PercentOfRaw() ? "met" : "MISSED");
        }
        out.printf("%n%-34s %10s", "query (p95 ms)", "hits");
        latency.keySet().forEach(backend -> out.printf(" %19s", backend));
        out.println();
        for (QueryReport query : queries) {
            out.printf("%-34s %10d", query.name(), query.totalHits().values().iterator().next());
            latency.keySet().forEach(backend -> out.printf(" %19.2f", query.latency().get(backend).p95Millis()));
            out.println();
        }
        out.flush();
    }
}
