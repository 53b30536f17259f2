package org.disan.batch.bench.ingest;

import java.io.PrintWriter;
import java.util.List;
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
        out.printf("%nIngest benchmark: %d files (%d images, %.1f MB) in %s; %d threads; OCR %s; %d processors%n",
                corpus.files(), corpus.images(), corpus.bytes() / MB, corpus.folder(), report.threads(), report.ocr(),
                report.machine().processors());
        out.printf("%n%-28s %9s %9s %8s  %s%n", "end to end", "seconds", "files/s", "MB/s", "outcomes");
        report.backends().forEach((backend, run) -> pipelineLine(backend + ", " + run.threads() + " threads", run, corpus));
        if (report.singleThread() != null) {
            pipelineLine("lucene, 1 thread", report.singleThread(), corpus);
            out.printf("parallel speed-up (1 thread / %d threads): %.2fx%n", report.threads(), report.speedUp());
        }
        for (String backend : report.backendNames()) {
            stages(backend, report.backends().get(backend));
            floors(backend, report.floors().get(backend), report.backends().get(backend), report.ratio(backend));
        }
        heap(report.backends().get(IngestBenchCommand.LUCENE).heap());
        if (report.largeFiles() != null) {
            LargeFilesCheck.Result large = report.largeFiles();
            out.printf("%nLarge files with -Xmx%s: exit code %d in %.1f s%n", large.maxHeap(), large.exitCode(),
                    large.seconds());
            large.summary().forEach(line -> out.println("  | " + line));
        }
        out.flush();
    }

    private void pipelineLine(String label, PipelineRun.Result run, BenchReport.Corpus corpus) {
        out.printf("%-28s %9.1f %9.2f %8.2f  %s%n", label, run.seconds(), corpus.files() / run.seconds(),
                corpus.bytes() / MB / run.seconds(), run.outcomes());
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
    }

    private void floors(String backend, BenchReport.FloorSet floors, PipelineRun.Result run, double ratio) {
        out.printf("%nfloor (%s, %d threads, each alone)%n", backend, run.threads());
        floorLine("tika parse", floors.tika());
        floorLine("thumbnailator", floors.thumbnails());
        floorLine("bulk index", floors.index());
        out.printf("  %-14s %9.1f s%n", "floor total", floors.seconds());
        out.printf("pipeline / floor (%s): %.1f s / %.1f s = %.2f%n", backend, run.seconds(), floors.seconds(), ratio);
    }

    private void floorLine(String label, Floors.Timed timed) {
        out.printf("  %-14s %9.1f s  %6d items%s%n", label, timed.seconds(), timed.items(),
                timed.failures() == 0 ? "" : " (" + timed.failures() + " failed)");
    }

    private void heap(List<HeapSampler.Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        LongSummaryStatistics stats = samples.stream().mapToLong(HeapSampler.Sample::heapUsedAfterGc).summaryStatistics();
        out.printf("%nheap after GC (lucene run, %d samples): min %.1f MB, max %.1f MB, first %.1f MB, last %.1f MB%n",
                stats.getCount(), stats.getMin() / MB, stats.getMax() / MB, samples.get(0).heapUsedAfterGc() / MB,
                samples.get(samples.size() - 1).heapUsedAfterGc() / MB);
        StringBuilder line = new StringBuilder("  files:MB ");
        samples.forEach(sample -> line.append(String.format(" %d:%.0f", sample.files(), sample.heapUsedAfterGc() / MB)));
        out.println(line);
    }
}
