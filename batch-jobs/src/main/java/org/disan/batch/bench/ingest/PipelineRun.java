package org.disan.batch.bench.ingest;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.ingest.IngestApplication;
import org.disan.batch.ingest.IngestFileRangeStepConfiguration;
import org.disan.batch.ingest.IngestJobConfiguration;
import org.disan.ingest.OcrMode;
import org.disan.ingest.StageClock;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One timed run of the real ingest job (the one {@code disan ingest} runs) over the corpus, into
 * a fresh data folder and the selected index, with a given number of partitions (threads).
 */
final class PipelineRun {

    /** Longest wait for the compilations queued by the context's start (they take a few seconds). */
    static final Duration SETTLE_AT_MOST = Duration.ofSeconds(30);

    private final Path dataRoot;
    private final IndexSelection index;
    private final OcrMode ocr;
    private final String parsers;

    /** @param parseInProcess parse in the benchmark's JVM instead of in parser processes (as {@code disan ingest --parse-in-process}) */
    PipelineRun(Path dataRoot, IndexSelection index, OcrMode ocr, boolean parseInProcess) {
        this.dataRoot = dataRoot;
        this.index = index;
        this.ocr = ocr;
        this.parsers = parseInProcess ? IngestJobConfiguration.IN_PROCESS : IngestJobConfiguration.ISOLATED;
    }

    /**
     * @param heapEvery sample the heap after a GC every this many files (0: no sampling)
     */
    Result run(BenchCorpus corpus, int threads, int heapEvery) throws Exception {
        DataFolder data = new DataFolder(dataRoot);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        try (ConfigurableApplicationContext context = IngestApplication.start(data, index, quiet)) {
            StageClock clock = context.getBean(StageClock.class);
            clock.reset();
            var parameters = new JobParametersBuilder()
                    .addString(IngestJobConfiguration.FOLDER, corpus.folder().toAbsolutePath().normalize().toString())
                    .addLong("run.id", System.currentTimeMillis())
                    .addString(IngestJobConfiguration.OCR, ocr.name().toLowerCase(Locale.ROOT), false)
                    .addLong(IngestJobConfiguration.THREADS, (long) threads, false)
                    .addString(IngestJobConfiguration.PARSERS, parsers, false)
                    .toJobParameters();
            SettledCompilers.await(SETTLE_AT_MOST);
            HeapSampler heap = new HeapSampler(() -> clock.count(StageClock.Stage.IDENTIFY), heapEvery);
            heap.start();
            double loadAtStart = loadAverage();
            double cpuAtStart = CpuMeter.seconds();
            CpuMeter.Upkeep upkeepAtStart = CpuMeter.upkeep();
            long start = System.nanoTime();
            JobExecution execution = context.getBean(JobLauncher.class)
                    .run(context.getBean(IngestJobConfiguration.JOB_NAME, Job.class), parameters);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = CpuMeter.seconds() - cpuAtStart;
            CpuMeter.Upkeep upkeep = CpuMeter.upkeep().since(upkeepAtStart);
            double loadAtEnd = loadAverage();
            heap.stop();
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("the ingest job ended " + execution.getStatus() + ": "
                        + execution.getAllFailureExceptions());
            }
            Map<StageClock.Stage, Double> stages = new EnumMap<>(StageClock.Stage.class);
            clock.totals().forEach((stage, time) -> stages.put(stage, time.toNanos() / 1e9));
            return new Result(threads, parsers, seconds, cpuSeconds, upkeep, loadAtStart, loadAtEnd, counts(execution),
                    stages, partitionSeconds(execution), shortOfThreadsSeconds(execution, threads), heap.samples());
        }
    }

    /** The store this run ingested into. */
    ArchiveStore store() {
        return new ArchiveStore(new DataFolder(dataRoot).store());
    }

    /** The records this run stored, for the indexing floor. */
    List<ArchiveRecord> storedRecords() {
        try (Stream<ArchiveRecord> records = store().records()) {
            return records.toList();
        }
    }

    private static Map<String, Long> counts(JobExecution execution) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        // The file-ingest step holds the totals of its partitions.
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().equals(IngestJobConfiguration.FILES_STEP)) {
                continue;
            }
            step.getExecutionContext().entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith("outcomes."))
                    .forEach(entry -> counts.put(entry.getKey().substring("outcomes.".length()),
                            ((Number) entry.getValue()).longValue()));
        }
        return counts;
    }

    /** How long each partition ran, in the order they started. */
    private static List<Double> partitionSeconds(JobExecution execution) {
        return endedPartitions(execution).sorted(Comparator.comparing(StepExecution::getStartTime))
                .map(step -> Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9)
                .toList();
    }

    /**
     * How long the job's end ran on fewer threads than it had: a thread idles from the end of the
     * partition after which none was left for it, the {@code threads}-th last to end, to the end of the last.
     */
    private static double shortOfThreadsSeconds(JobExecution execution, int threads) {
        List<LocalDateTime> ends = endedPartitions(execution).map(StepExecution::getEndTime)
                .sorted(Comparator.reverseOrder()).toList();
        if (ends.size() < 2) {
            return 0;
        }
        return Duration.between(ends.get(Math.min(threads, ends.size()) - 1), ends.get(0)).toNanos() / 1e9;
    }

    private static Stream<StepExecution> endedPartitions(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(IngestFileRangeStepConfiguration.STEP_NAME + ":")
                        && step.getStartTime() != null && step.getEndTime() != null);
    }

    /** The machine's one-minute load average: what else was running beside the benchmark. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * @param parsers where files were parsed: in parser processes ("isolated") or "in-process"
     * @param seconds wall time of the job, from launch to its end
     * @param cpuSeconds CPU time of this JVM, its parser processes and ffmpeg runs during the job
     * @param upkeep the part of it spent by JIT compilers and garbage collectors
     * @param loadAtStart the one-minute load average when the job started
     * @param loadAtEnd the same when it ended
     * @param outcomes files per outcome (ingested, duplicate, failed)
     * @param stageSeconds time per stage summed over all threads
     * @param partitionSeconds how long each partition ran, in the order they started
     * @param shortOfThreadsSeconds how long the job's end ran on fewer threads than it had
     */
    record Result(int threads, String parsers, double seconds, double cpuSeconds, CpuMeter.Upkeep upkeep,
            double loadAtStart, double loadAtEnd, Map<String, Long> outcomes, Map<StageClock.Stage, Double> stageSeconds,
            List<Double> partitionSeconds, double shortOfThreadsSeconds, List<HeapSampler.Sample> heap) {}
}
