package org.disan.batch.bench.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.OcrMode;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code disan bench ingest}: ingests one generated corpus through the real ingest job with N
 * threads and with one, times each stage and the floor (Tika, Thumbnailator, bulk indexing,
 * each alone), times apart the previews the web archive makes on first view, samples the heap,
 * optionally ingests very large files in a small-heap child JVM, prints tables and writes a JSON
 * summary.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Benchmark ingest: throughput, time per stage, pipeline / floor, parallel speed-up and memory.",
            "Not a test: it takes minutes and its numbers depend on the machine."})
public class IngestBenchCommand implements Callable<Integer> {

    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";

    @Spec
    private CommandSpec spec;

    @Option(names = "--files", defaultValue = "1000", description = "Files to generate (default: ${DEFAULT-VALUE}).")
    private int files;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", description = "Threads for the pipeline and the floors (default: processors).")
    private Integer threads;

    @Option(names = "--corpus", description = "Generated collection to reuse, or folder to generate into (default: in --work).")
    private Path corpus;

    @Option(names = "--work", description = "Work folder for corpus and data folders (default: a new temporary folder).")
    private Path work;

    @Option(names = "--ocr", defaultValue = "off", description = "OCR mode of the pipeline runs (default: ${DEFAULT-VALUE}).")
    private OcrMode ocr;

    @Option(names = "--parse-in-process", description = {"Parse in the benchmark's JVM, as `disan ingest"
            + " --parse-in-process` does, instead of in parser processes: shows what isolating the parsers costs."})
    private boolean parseInProcess;

    @Option(names = "--es-url", description = {"Also ingest into Elasticsearch at this URL: an untimed warm-up, then"
            + " --rounds rounds of the pipeline and the bulk-index floor, each into a fresh index (deleted at the end)."})
    private String esUrl;

    @Option(names = "--single-thread", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run the pipeline with one thread for the speed-up (default: ${DEFAULT-VALUE}).")
    private boolean singleThread;

    @Option(names = "--heap-every", description = "Sample heap after GC every N files (default: 100, or a tenth of"
            + " the files in a heap run; 0: never).")
    private Integer heapEvery;

    @Option(names = "--heap-run", description = {"Only the N-thread pipeline run, sampling the heap after GC: for a long"
            + " run (say --files 10000) in a small heap (DISAN_JAVA_OPTS=-Xmx512m), to show memory stays flat.",
            "Skips the one-thread run and the floors."})
    private boolean heapRun;

    @Option(names = "--rounds", defaultValue = "3", description = {"Rounds of timed runs: each times the N-thread"
            + " pipeline, its floor, the one-thread pipeline and its floor, one after the other; the fastest of each"
            + " counts (default: ${DEFAULT-VALUE}).",
            "Others' work on a shared machine only ever slows a run down, and it then slows a run and its floor alike."})
    private int rounds;

    @Option(names = "--warm-up", description = {"Files ingested untimed first, so that the timed runs find the code"
            + " loaded and compiled, in this JVM and in the parser processes (default: the whole corpus;"
            + " none in a heap run)."})
    private Integer warmUp;

    @Option(names = "--warm-up-rounds", defaultValue = "10", description = {"Times the warm-up files are ingested"
            + " (and parsed and thumbnailed for the floor) before the timed runs (default: ${DEFAULT-VALUE}).",
            "The JIT compilers keep compiling for some ten thousand files; each warm-up run's share is printed."})
    private int warmUpRounds;

    @Option(names = "--large", description = "Folder of very large files (generate with --large) to ingest in a child JVM.")
    private Path large;

    @Option(names = "--large-heap", defaultValue = "512m", description = "Heap of that child JVM (default: ${DEFAULT-VALUE}).")
    private String largeHeap;

    @Option(names = "--out", defaultValue = "target/bench", description = "Folder for the JSON summary (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter print = spec.commandLine().getOut();
        double loadAtStart = PipelineRun.loadAverage();
        String startedAt = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path workFolder = work == null ? Files.createTempDirectory("disan-bench-") : work;
        Files.createDirectories(workFolder);
        if (corpus == null) {
            print.printf("Generating the corpus (%d files, seed %d) ...%n", files, seed);
        } else {
            print.printf("Corpus %s (generated there with %d files, seed %d, when empty) ...%n", corpus, files, seed);
        }
        print.flush();
        BenchCorpus collection = BenchCorpus.prepare(corpus == null ? workFolder.resolve("corpus") : corpus, files, seed);

        Floors floor = new Floors(n);
        int warmUpFiles = warmUp != null ? warmUp : heapRun ? 0 : collection.files().size();
        int warmUpPasses = heapRun || warmUpFiles == 0 ? 0 : warmUpRounds;
        int sampleEvery = heapEvery != null ? heapEvery : heapRun ? Math.max(1, files / 10) : 100;
        BenchReport.HeapSamples heapSamples = null;
        List<BenchReport.WarmUpRun> warmUpRuns = new ArrayList<>();
        List<Path> warmUpData = new ArrayList<>();
        if (warmUpPasses > 0) {
            // A fresh JVM spends its first thousands of files loading and compiling code (Tika's
            // parsers keep the JIT compilers busy for some ten thousand files), more with more
            // threads; without this the timed runs pay that and the ratios say little about a
            // long ingest. The JIT compilers' CPU left in each timed run is printed with it.
            print.printf("Warm-up: %d files, %d times, not timed ...%n", warmUpFiles, warmUpPasses);
            print.flush();
            BenchCorpus sample = warmUpFiles >= collection.files().size() ? collection
                    : collection.sample(workFolder.resolve("warm-up-" + startedAt), warmUpFiles);
            for (int pass = 1; pass <= warmUpPasses; pass++) {
                Path data = workFolder.resolve("data-warm-up-" + startedAt + "-" + pass);
                // The heap is sampled in the last warm-up run: each sample's full collection
                // stops every thread for a tenth of a second, which a timed run must not pay.
                boolean last = pass == warmUpPasses;
                PipelineRun.Result warmed = embeddedRun(data).run(sample, n, last ? sampleEvery : 0);
                warmUpRuns.add(new BenchReport.WarmUpRun(warmed.seconds(), warmed.cpuSeconds(),
                        warmed.upkeep().jitSeconds()));
                print.printf(Locale.ROOT, "  warm-up %d: %.1f s, %.1f CPU s, of which JIT compilers %.1f s%n",
                        pass, warmed.seconds(), warmed.cpuSeconds(), warmed.upkeep().jitSeconds());
                print.flush();
                if (last) {
                    heapSamples = new BenchReport.HeapSamples("last warm-up run", warmed.heap());
                }
                // Kept until the timed runs are done. Deleting thousands of files keeps the disk busy
                // for seconds (on a virtual machine, its host too); and on ext4 without a journal
                // each new file then skips the inodes freed within the last minutes
                // (the kernel's recently_deleted), which made creating the next run's files
                // several times as costly (0.5 s against 1.6 s of CPU for 3,000 folders and 9,000 files).
                warmUpData.add(data);
                // The floor parses and thumbnails in this JVM, whose code for that is still cold: warm it as well.
                floor.parse(sample.files());
                floor.thumbnail(sample.images());
            }
        }
        BenchReport.WarmUp warmedUp = new BenchReport.WarmUp(warmUpPasses == 0 ? 0 : warmUpFiles, warmUpPasses,
                warmUpRuns);
        Map<String, PipelineRun.Result> backends = new LinkedHashMap<>();
        Map<String, BenchReport.FloorSet> floors = new LinkedHashMap<>();
        if (heapRun) {
            print.printf("Pipeline, embedded index, %d threads, sampling the heap ...%n", n);
            print.flush();
            PipelineRun.Result sampled = embeddedRun(workFolder.resolve("data-lucene-" + startedAt))
                    .run(collection, n, sampleEvery);
            backends.put(LUCENE, sampled);
            return finish(print, new BenchReport(startedAt, machine(), corpus(collection), n, ocrName(), warmedUp, backends,
                    null, Map.of(), null, List.of(), null, null, new BenchReport.HeapSamples("timed run", sampled.heap()),
                    loadAtStart, PipelineRun.loadAverage()), null);
        }
        InterleavedRounds.Result timed = new InterleavedRounds(print, this::embeddedRun, workFolder, startedAt)
                .run(collection, n, rounds, singleThread && n > 1, heapSamples == null ? sampleEvery : 0);
        warmUpData.forEach(data -> FileSystemUtils.deleteRecursively(data.toFile()));
        backends.put(LUCENE, timed.pipeline());
        floors.put(LUCENE, timed.floor());
        if (heapSamples == null) {
            heapSamples = new BenchReport.HeapSamples("timed run", timed.pipeline().heap());
        }
        PipelineRun lucene = timed.firstRun();
        var records = lucene.storedRecords();
        if (esUrl != null) {
            ElasticsearchRounds.Result es = new ElasticsearchRounds(print, esUrl, this::pipelineRun, workFolder, startedAt)
                    .run(collection, n, rounds, records);
            backends.put(ELASTICSEARCH, es.pipeline());
            floors.put(ELASTICSEARCH, new BenchReport.FloorSet(timed.floor().tika(), timed.floor().thumbnails(), es.index()));
        }
        print.printf("Previews on first view (not part of the ingest), %d threads ...%n", n);
        print.flush();
        PreviewsOnFirstView.Result previews = new PreviewsOnFirstView(n).make(lucene.store(), records);
        LargeFilesCheck.Result largeResult = null;
        if (large != null) {
            print.printf("Large files in %s with -Xmx%s ...%n", large, largeHeap);
            print.flush();
            largeResult = new LargeFilesCheck(largeHeap).run(large, workFolder.resolve("data-large-" + startedAt),
                    ocrName());
        }
        BenchReport report = new BenchReport(startedAt, machine(), corpus(collection), n, ocrName(), warmedUp, backends,
                timed.singleThread(), floors, timed.singleThreadFloor(), timed.rounds(), previews, largeResult, heapSamples, loadAtStart, PipelineRun.loadAverage());
        return finish(print, report, largeResult);
    }

    private Integer finish(PrintWriter print, BenchReport report, LargeFilesCheck.Result largeResult) throws IOException {
        new BenchTable(print).print(report);
        Path json = out.resolve("ingest-" + report.startedAt() + ".json");
        report.write(json);
        print.printf("%nSummary written to %s%n", json.toAbsolutePath());
        return largeResult == null || largeResult.exitCode() == 0 ? DisanCommandLine.SUCCESS : DisanCommandLine.FAILURE;
    }

    /** A pipeline run into a fresh data folder and its embedded index, parsing as the options say. */
    private PipelineRun embeddedRun(Path dataFolder) {
        return pipelineRun(dataFolder, IndexSelection.embedded());
    }

    /** A pipeline run into a fresh data folder and the given index, parsing as the options say. */
    private PipelineRun pipelineRun(Path dataFolder, IndexSelection index) {
        return new PipelineRun(dataFolder, index, ocr, parseInProcess);
    }

    private String ocrName() {
        return ocr.name().toLowerCase(Locale.ROOT);
    }

    private static BenchReport.Corpus corpus(BenchCorpus collection) {
        return new BenchReport.Corpus(collection.folder().toString(), collection.files().size(),
                collection.images().size(), collection.pdfs().size(), collection.recordings().size(),
                collection.videos().size(), collection.bytes());
    }

    private static BenchReport.Machine machine() {
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }
}
