package org.disan.batch.bench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, written as JSON so that runs can be compared.
 *
 * @param warmUp what ran untimed first, so the timed runs find the code compiled
 * @param backends the N-thread pipeline run per index backend ("lucene", "elasticsearch")
 * @param singleThread the one-thread pipeline run into the embedded index
 * @param floors per backend: tika, thumbnails, index (the floor), each timed alone; empty in
 *     a heap run
 * @param singleThreadFloor the embedded index's floor timed again with one thread, for the
 *     speed-up the floor's own work gets from N threads on this machine; {@code null} when not run
 * @param rounds each round's own figures, of which the fastest of each make the others; empty in a heap run
 * @param previewsOnFirstView making every preview of the embedded run's records, as the web archive
 *     does on first view; not part of the ingest, {@code null} in a heap run
 * @param largeFiles the small-heap ingest of very large files, or {@code null} when not run
 * @param heap heap after GC every so many files of the N-thread embedded-index run that sampled it
 * @param loadAtStart the machine's one-minute load average when the benchmark started
 * @param loadAtEnd the same when it ended
 */
record BenchReport(
        String startedAt,
        Machine machine,
        Corpus corpus,
        int threads,
        String ocr,
        WarmUp warmUp,
        Map<String, PipelineRun.Result> backends,
        PipelineRun.Result singleThread,
        Map<String, FloorSet> floors,
        FloorSet singleThreadFloor,
        List<Round> rounds,
        PreviewsOnFirstView.Result previewsOnFirstView,
        LargeFilesCheck.Result largeFiles,
        HeapSamples heap,
        double loadAtStart,
        double loadAtEnd) {

    /** Which run the heap was sampled in, and the samples. */
    record HeapSamples(String run, List<HeapSampler.Sample> samples) {}

    /**
     * Files ingested (and parsed and thumbnailed for the floor) untimed, and how many times, before
     * the timed runs; each run's figures show how far the JIT compilers were from done.
     */
    record WarmUp(int files, int rounds, List<WarmUpRun> runs) {}

    /** One untimed warm-up ingest: wall and CPU seconds, and the CPU seconds of the JIT compilers. */
    record WarmUpRun(double seconds, double cpuSeconds, double jitSeconds) {}

    /**
     * One round of the timed runs: the N-thread pipeline and its floor, timed one after the other,
     * and the same with one thread ({@code null} when not run).
     */
    record Round(double pipelineSeconds, double floorSeconds, double pipelineCpuSeconds, double floorCpuSeconds,
            Double singleThreadPipelineSeconds, Double singleThreadFloorSeconds) {

        /** This round's pipeline / floor. */
        double ratio() {
            return pipelineSeconds / floorSeconds;
        }

        /** The same in CPU time. */
        double cpuRatio() {
            return pipelineCpuSeconds / floorCpuSeconds;
        }

        /** This round's one-thread pipeline time over its N-thread time, or NaN without a one-thread run. */
        double speedUp() {
            return singleThreadPipelineSeconds == null ? Double.NaN : singleThreadPipelineSeconds / pipelineSeconds;
        }

        /** The same for this round's floor. */
        double floorSpeedUp() {
            return singleThreadFloorSeconds == null ? Double.NaN : singleThreadFloorSeconds / floorSeconds;
        }
    }

    record Machine(int processors, long maxHeapBytes, String java) {}

    record Corpus(String folder, int files, int images, int pdfs, int recordings, int videos, long bytes) {}

    record FloorSet(Floors.Timed tika, Floors.Timed thumbnails, Floors.Timed index) {

        /** The fastest of each part of a floor kept so far ({@code null}: none yet) and a new one. */
        static FloorSet fastest(FloorSet kept, FloorSet next) {
            return kept == null ? next : new FloorSet(
                    Fastest.of(kept.tika, next.tika, Floors.Timed::seconds),
                    Fastest.of(kept.thumbnails, next.thumbnails, Floors.Timed::seconds),
                    Fastest.of(kept.index, next.index, Floors.Timed::seconds));
        }

        /** The floor: Tika, Thumbnailator and bulk indexing. */
        double seconds() {
            return tika.seconds() + thumbnails.seconds() + index.seconds();
        }

        double cpuSeconds() {
            return tika.cpuSeconds() + thumbnails.cpuSeconds() + index.cpuSeconds();
        }
    }

    /** Pipeline wall time over the floor (Tika + Thumbnailator + bulk index), for one backend. */
    double ratio(String backend) {
        return backends.get(backend).seconds() / floors.get(backend).seconds();
    }

    /** Pipeline CPU time over the floor's CPU time: steadier than wall time on a busy machine. */
    double cpuRatio(String backend) {
        return backends.get(backend).cpuSeconds() / floors.get(backend).cpuSeconds();
    }

    /**
     * CPU seconds per wall second of a backend's pipeline run: how many cores it kept busy. The wall
     * ratio is the CPU ratio times the floor's cores over the pipeline's, so the two show whether
     * the pipeline does more work than the floor or leaves cores idle that the floor fills.
     */
    double pipelineCoresBusy(String backend) {
        PipelineRun.Result run = backends.get(backend);
        return run.cpuSeconds() / run.seconds();
    }

    /** The same for the floor's work, each part timed alone with as many threads. */
    double floorCoresBusy(String backend) {
        FloorSet floor = floors.get(backend);
        return floor.cpuSeconds() / floor.seconds();
    }

    /** Heap growth across the sampled run, in bytes per thousand files (see {@link HeapSampler}). */
    double heapSlopePerThousandFiles() {
        return HeapSampler.slopePerThousandFiles(heap.samples());
    }

    /** One-thread wall time over N-thread wall time, on the embedded index. */
    double speedUp() {
        return singleThread == null ? Double.NaN : singleThread.seconds() / backends.get(IngestBenchCommand.LUCENE).seconds();
    }

    /** The same for the floor alone: what N threads give this machine's parse, thumbnail and index work. */
    double floorSpeedUp() {
        return singleThreadFloor == null || !floors.containsKey(IngestBenchCommand.LUCENE) ? Double.NaN
                : singleThreadFloor.seconds() / floors.get(IngestBenchCommand.LUCENE).seconds();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode tree = json.valueToTree(this);
        ObjectNode ratios = tree.putObject("pipelineOverFloor");
        ObjectNode cpu = tree.putObject("pipelineOverFloorCpu");
        ObjectNode cores = tree.putObject("coresBusy");
        floors.keySet().forEach(backend -> {
            ratios.put(backend, ratio(backend));
            cpu.put(backend, cpuRatio(backend));
            cores.putObject(backend).put("pipeline", pipelineCoresBusy(backend)).put("floor", floorCoresBusy(backend));
        });
        putNumber(tree, "speedUp", speedUp());
        putNumber(tree, "floorSpeedUp", floorSpeedUp());
        putNumber(tree, "heapSlopeBytesPerThousandFiles", heapSlopePerThousandFiles());
        json.writeValue(file.toFile(), tree);
    }

    /** A figure that could not be measured (no one-thread run, too few heap samples) is null, not "NaN". */
    private static void putNumber(ObjectNode tree, String name, double value) {
        if (Double.isNaN(value)) {
            tree.putNull(name);
        } else {
            tree.put(name, value);
        }
    }

    List<String> backendNames() {
        return List.copyOf(backends.keySet());
    }
}
