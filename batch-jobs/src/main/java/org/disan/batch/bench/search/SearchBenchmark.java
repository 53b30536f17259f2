package org.disan.batch.bench.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.disan.batch.bench.search.Latencies.Summary;
import org.disan.batch.bench.search.QueryMix.BenchQuery;
import org.disan.batch.bench.search.SearchBenchReport.Indexing;
import org.disan.batch.bench.search.SearchBenchReport.MachineLoad;
import org.disan.batch.bench.search.SearchBenchReport.QueryReport;
import org.disan.batch.bench.search.SearchBenchReport.Targets;
import org.disan.search.ArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchClientFactory;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.disan.search.lucene.LuceneArchiveIndex;

/**
 * Indexes a synthetic archive into the embedded index (in a temporary folder) and, when a server
 * is given, into a fresh Elasticsearch index; then times the query mix on each, and on
 * Elasticsearch also the raw {@code _search} of the same bodies, interleaved query by query so
 * that both see the same machine load. The Elasticsearch index is deleted afterwards.
 */
public final class SearchBenchmark {

    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";

    // CPU time of the searching thread: what a search costs this process, whatever else the machine runs
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    // the machine's load average: wall-clock latencies mean little unless the machine was quiet
    private static final OperatingSystemMXBean LOAD = ManagementFactory.getOperatingSystemMXBean();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SearchBenchSettings settings;
    private final PrintWriter progress;
    private final SyntheticArchive archive;
    private final List<BenchQuery> queries = QueryMix.queries();
    private final Map<String, Indexing> indexing = new LinkedHashMap<>();
    private final Map<String, Measurements> measurements = new LinkedHashMap<>();

    public SearchBenchmark(SearchBenchSettings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
        this.archive = new SyntheticArchive(settings.seed(), settings.records());
    }

    /** Runs the benchmark, writes its JSON summary and returns where. */
    public Path run(PrintWriter out) throws Exception {
        Instant started = Instant.now();
        double loadBefore = LOAD.getSystemLoadAverage();
        measureLucene();
        if (settings.elasticsearch().isPresent()) {
            measureElasticsearch(settings.elasticsearch().get().withIndexName("disan-bench-" + STAMP.format(started)));
        }
        SearchBenchReport report = report(started, new MachineLoad(loadBefore, LOAD.getSystemLoadAverage()));
        report.print(out);
        Path file = report.write(settings.outputFolder(), STAMP.format(started));
        out.println();
        out.println("Summary written to " + file);
        out.flush();
        return file;
    }

    private void measureLucene() throws Exception {
        Path folder = Files.createTempDirectory("disan-bench-lucene");
        try (LuceneArchiveIndex lucene = LuceneArchiveIndex.open(folder)) {
            indexing.put(LUCENE, indexAll(LUCENE, lucene));
            measure(List.of(new DisanSearch(LUCENE, lucene)));
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    private void measureElasticsearch(ElasticsearchSettings benchIndex) throws Exception {
        ElasticsearchClient rawClient = ElasticsearchClientFactory.create(benchIndex);
        try (ElasticsearchArchiveIndex elasticsearch = ElasticsearchArchiveIndex.open(benchIndex)) {
            try {
                indexing.put(ELASTICSEARCH, indexAll(ELASTICSEARCH, elasticsearch));
                RawElasticsearchSearch raw = new RawElasticsearchSearch(
                        ((RestClientTransport) rawClient._transport()).restClient(), elasticsearch, queries);
                measure(List.of(new DisanSearch(ELASTICSEARCH, elasticsearch), raw));
                measurements.get(raw.name()).bodies = queries.stream().map(raw::body).toList();
            } finally {
                elasticsearch.aliases().deleteIndicesBehind(elasticsearch.alias());
            }
        } finally {
            rawClient._transport().close();
        }
    }

    private Indexing indexAll(String backend, ArchiveIndex index) {
        progress.printf("Indexing %,d records into %s%n", archive.size(), backend);
        long started = System.nanoTime();
        int reported = 0;
        for (int from = 0; from < archive.size(); from += settings.batchSize()) {
            int to = Math.min(archive.size(), from + settings.batchSize());
            index.index(archive.records(from, to));
            if (to * 10L / archive.size() > reported) {
                reported = (int) (to * 10L / archive.size());
                progress.printf("  %,d records, %.0f s%n", to, (System.nanoTime() - started) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long count = index.count();
        if (count != archive.size()) {
            throw new IllegalStateException(backend + " holds " + count + " records after indexing " + archive.size());
        }
        return new Indexing(archive.size(), seconds, archive.size() / seconds);
    }

    /** Times every search of the mix on each way, alternating which goes first, after a warm-up. */
    private void measure(List<TimedSearch> searches) throws Exception {
        for (TimedSearch search : searches) {
            measurements.put(search.name(), new Measurements(queries.size()));
        }
        progress.printf("Searching: %d warm-up and %d timed rounds of %d queries%n",
                settings.warmupRounds(), settings.rounds(), queries.size());
        for (int round = 0; round < settings.warmupRounds(); round++) {
            for (BenchQuery query : queries) {
                for (TimedSearch search : searches) {
                    search.run(query);
                }
            }
        }
        for (int round = 0; round < settings.rounds(); round++) {
            for (int q = 0; q < queries.size(); q++) {
                for (int s = 0; s < searches.size(); s++) {
                    TimedSearch search = searches.get((s + round + q) % searches.size());
                    long cpuStarted = THREADS.getCurrentThreadCpuTime();
                    long started = System.nanoTime();
                    search.run(queries.get(q));
                    long elapsed = System.nanoTime() - started;
                    measurements.get(search.name()).add(q, elapsed, THREADS.getCurrentThreadCpuTime() - cpuStarted);
                }
            }
        }
        for (TimedSearch search : searches) {
            Measurements measured = measurements.get(search.name());
            for (BenchQuery query : queries) {
                measured.totals.add(search.totalHits(query));
            }
        }
    }

    private SearchBenchReport report(Instant started, MachineLoad load) {
        Map<String, Summary> overall = new LinkedHashMap<>();
        Map<String, Summary> cpu = new LinkedHashMap<>();
        measurements.forEach((name, measured) -> {
            overall.put(name, measured.overall.summary());
            cpu.put(name, measured.cpu.summary());
        });
        List<QueryReport> perQuery = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            BenchQuery query = queries.get(q);
            Map<String, Long> totals = new LinkedHashMap<>();
            Map<String, Summary> latencies = new LinkedHashMap<>();
            String body = null;
            for (var entry : measurements.entrySet()) {
                totals.put(entry.getKey(), entry.getValue().totals.get(q));
                latencies.put(entry.getKey(), entry.getValue().perQuery.get(q).summary());
                if (entry.getValue().bodies != null) {
                    body = entry.getValue().bodies.get(q);
                }
            }
            perQuery.add(new QueryReport(query.name(), query.request().query(), query.request().filters(),
                    query.request().sort().name(), query.request().audience().name(), totals, latencies, body));
        }
        Summary raw = overall.get("elasticsearch-raw");
        Double ratio = raw == null ? null : overall.get(ELASTICSEARCH).p95Millis() / raw.p95Millis();
        Targets targets = new Targets(overall.get(LUCENE).p95Millis() < SearchBenchReport.LUCENE_P95_TARGET_MILLIS,
                ratio == null ? null : ratio <= SearchBenchReport.ELASTICSEARCH_RATIO_TARGET);
        return new SearchBenchReport(started.toString(), settings.records(), settings.seed(), settings.rounds(),
                settings.warmupRounds(), Runtime.getRuntime().availableProcessors(), Runtime.version().toString(), load,
                indexing, overall, cpu, ratio, targets, perQuery);
    }

    /** One way's latencies, over the whole mix and per query, and its hit counts per query. */
    private static final class Measurements {
        final Latencies overall = new Latencies();
        final Latencies cpu = new Latencies();
        final List<Latencies> perQuery = new ArrayList<>();
        final List<Long> totals = new ArrayList<>();
        List<String> bodies;

        Measurements(int queries) {
            for (int q = 0; q < queries; q++) {
                perQuery.add(new Latencies());
            }
        }

        void add(int query, long nanos, long cpuNanos) {
            cpu.add(cpuNanos);
            overall.add(nanos);
            perQuery.get(query).add(nanos);
        }
    }
}
