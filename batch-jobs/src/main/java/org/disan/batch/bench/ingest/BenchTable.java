package org.disan.batch.bench.ingest;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.disan.ingest.StageClock;

/** Prints a benchmark report as plain tables for a person to read. */
final class BenchTable {

    private static final double MB = 1e6;

    private final PrintWriter out;

    BenchTable(PrintWriter out) {
        this.out = out;
    }

    void print(BenchReport report) {
        BenchReport.Corpus corpus = report.corpus();
        out.printf("%nIngest benchmark: %d files (%d images, %d PDFs, %d recordings, %d videos, %.1f MB) in %s;"
                        + " %d threads; OCR %s; parsing %s; %d processors; max heap %.0f MB%n",
                corpus.files(), corpus.images(), corpus.pdfs(), corpus.recordings(), corpus.videos(), corpus.bytes() / MB,
                corpus.folder(), report.threads(), report.ocr(),
                report.backends().values().iterator().next().parsers(), report.machine().processors(),
                report.machine().maxHeapBytes() / MB);
        out.printf("load average (1 min): %.2f at start, %.2f at end; warm-up: %d files, %d times%n", report.loadAtStart(),
                report.loadAtEnd(), report.warmUp().files(), report.warmUp().rounds());
        out.printf("%n%-28s %9s %9s %8s %9s %11s  %s%n", "end to end", "seconds", "files/s", "MB/s", "CPU s",
                "load", "outcomes");
        report.backends().forEach((backend, run) -> pipelineLine(backend + ", " + run.threads() + " threads", run, corpus));
        if (report.singleThread() != null) {
            pipelineLine("lucene, 1 thread", report.singleThread(), corpus);
            out.printf("parallel speed-up (1 thread / %d threads): %.1f s / %.1f s = %.2fx%n", report.threads(),
                    report.singleThread().seconds(), report.backends().get(IngestBenchCommand.LUCENE).seconds(),
                    report.speedUp());
        }
        if (report.singleThreadFloor() != null) {
            out.printf("floor speed-up, for comparison (its 1 thread / %d threads): %.1f s / %.1f s = %.2fx%n",
                    report.threads(), report.singleThreadFloor().seconds(),
                    report.floors().get(IngestBenchCommand.LUCENE).seconds(), report.floorSpeedUp());
        }
        rounds(report.rounds());
        for (String backend : report.backendNames()) {
            stages(backend, report.backends().get(backend));
            if (report.floors().containsKey(backend)) {
                floors(backend, report);
            }
        }
        if (report.previewsOnFirstView() != null) {
            previewsOnFirstView(report.previewsOnFirstView(), report.threads());
        }
        heap(report.heap(), report.heapSlopePerThousandFiles());
        if (report.largeFiles() != null) {
            LargeFilesCheck.Result large = report.largeFiles();
            out.printf("%nLarge files with -Xmx%s: exit code %d in %.1f s%n", large.maxHeap(), large.exitCode(),
                    large.seconds());
            large.summary().forEach(line -> out.println("  | " + line));
        }
        out.flush();
    }

    private void pipelineLine(String label, PipelineRun.Result run, BenchReport.Corpus corpus) {
        out.printf("%-28s %9.1f %9.2f %8.2f %9.1f %5.2f-%5.2f  %s%n", label, run.seconds(), corpus.files() / run.seconds(),
                corpus.bytes() / MB / run.seconds(), run.cpuSeconds(), run.loadAtStart(), run.loadAtEnd(), run.outcomes());
        out.printf("%-28s %39s of which JIT compilers %.1f s, garbage collectors %.1f s%n", "", "",
                run.upkeep().jitSeconds(), run.upkeep().gcSeconds());
    }

    /** Each round's own figures, of which the fastest of each make the figures above and below. */
    private void rounds(List<BenchReport.Round> rounds) {
        if (rounds.size() < 2) {
            return;
        }
        out.printf("%neach round (lucene; the fastest of each measurement counts)%n");
        out.printf("  %-6s %9s %9s %9s %10s %10s %9s %15s%n", "round", "pipeline", "floor", "ratio", "CPU ratio",
                "1 thread", "speed-up", "floor speed-up");
        for (int i = 0; i < rounds.size(); i++) {
            BenchReport.Round round = rounds.get(i);
            out.printf("  %-6d %7.1f s %7.1f s %9.2f %10.2f %10s %9s %15s%n", i + 1, round.pipelineSeconds(),
                    round.floorSeconds(), round.ratio(), round.cpuRatio(),
                    round.singleThreadPipelineSeconds() == null ? "-"
                            : String.format(Locale.ROOT, "%.1f s", round.singleThreadPipelineSeconds()),
                    times(round.speedUp()), times(round.floorSpeedUp()));
        }
    }

    private static String times(double factor) {
        return Double.isNaN(factor) ? "-" : String.format(Locale.ROOT, "%.2fx", factor);
    }

    private void stages(String backend, PipelineRun.Result run) {
        double sum = run.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("%nstage times (%s, summed over %d threads)%n", backend, run.threads());
        for (Map.Entry<StageClock.Stage, Double> stage : run.stageSeconds().entrySet()) {
            out.printf("  %-10s %9.1f s %5.1f%%%n", stage.getKey().name().toLowerCase(), stage.getValue(),
                    sum == 0 ? 0 : 100 * stage.getValue() / sum);
        }
        out.printf("  %-10s %9.1f s (wall %.1f s x %d threads = %.1f s)%n", "all", sum, run.seconds(), run.threads(),
                run.seconds() * run.threads());
        if (run.partitionSeconds().size() > 1) {
            out.printf("  partitions ran %s s; the last %.1f s on fewer threads%n", run.partitionSeconds().stream()
                    .map(seconds -> String.format(Locale.ROOT, "%.1f", seconds)).toList(), run.shortOfThreadsSeconds());
        }
    }

    private void floors(String backend, BenchReport report) {
        BenchReport.FloorSet floors = report.floors().get(backend);
        PipelineRun.Result run = report.backends().get(backend);
        out.printf("%nfloor (%s, %d threads, each alone)      %9s %9s%n", backend, run.threads(), "seconds", "CPU s");
        floorLine("tika parse", floors.tika());
        floorLine("thumbnailator", floors.thumbnails());
        floorLine("bulk index", floors.index());
        out.printf("  %-14s %9.1f s %9.1f s%n", "floor total", floors.seconds(), floors.cpuSeconds());
        out.printf("pipeline / floor (%s): %.1f s / %.1f s = %.2f%n", backend, run.seconds(), floors.seconds(),
                report.ratio(backend));
        out.printf("  same in CPU time: %.1f s / %.1f s = %.2f%n", run.cpuSeconds(), floors.cpuSeconds(),
                report.cpuRatio(backend));
        out.printf("  cores kept busy (CPU s / s): pipeline %.2f, floor %.2f (ratio = CPU ratio x %.2f / %.2f)%n",
                report.pipelineCoresBusy(backend), report.floorCoresBusy(backend),
                report.floorCoresBusy(backend), report.pipelineCoresBusy(backend));
    }

    private void previewsOnFirstView(PreviewsOnFirstView.Result previews, int threads) {
        out.printf("%npreviews on first view (not part of the ingest: PDF first pages, waveforms, keyframes of the"
                + " stored records, %d threads)%n", threads);
        out.printf("  %-14s %9.1f s %9.1f s  %6d previews%s%n", "all made", previews.seconds(), previews.cpuSeconds(),
                previews.previews(), previews.notMade() == 0 ? "" : " (" + previews.notMade() + " not made)");
    }

    private void floorLine(String label, Floors.Timed timed) {
        out.printf("  %-14s %9.1f s %9.1f s  %6d items%s%n", label, timed.seconds(), timed.cpuSeconds(), timed.items(),
                timed.failures() == 0 ? "" : " (" + timed.failures() + " failed)");
    }

    private void heap(BenchReport.HeapSamples heap, double slope) {
        List<HeapSampler.Sample> samples = heap.samples();
        if (samples.isEmpty()) {
            return;
        }
        LongSummaryStatistics stats = samples.stream().mapToLong(HeapSampler.Sample::heapUsedAfterGc).summaryStatistics();
        out.printf("%nheap after GC (lucene, %s, %d samples): min %.1f MB, max %.1f MB, first %.1f MB, last %.1f MB,"
                        + " slope %.2f MB per 1,000 files%n",
                heap.run(), stats.getCount(), stats.getMin() / MB, stats.getMax() / MB, samples.get(0).heapUsedAfterGc() / MB,
                samples.get(samples.size() - 1).heapUsedAfterGc() / MB, slope / MB);
        StringBuilder line = new StringBuilder("  files:MB ");
        samples.forEach(sample -> line.append(String.format(" %d:%.0f", sample.files(), sample.heapUsedAfterGc() / MB)));
        out.println(line);
    }
}
