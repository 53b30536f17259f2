package org.disan.batch.bench.cold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.bench.cold.ColdBenchReport.CaseResult;
import org.disan.batch.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code disan bench cold}: times {@code disan ingest} as an archivist runs it, the launcher in a
 * new process on a new data folder, from exec to exit, against a baseline build, the two
 * interleaved in the same run; prints each case's phases and new / baseline, and writes a JSON summary.
 */
@Command(name = "cold", mixinStandardHelpOptions = true,
        description = {"Benchmark a cold `disan ingest` (launcher, new process, new data folder) against a baseline build.",
            "Not a test: it takes many minutes and its numbers depend on the machine."})
public class ColdBenchCommand implements Callable<Integer> {

    static final String ONE_FILE = "one-file";
    static final String COLLECTION_OCR_OFF = "collection-ocr-off";
    static final String COLLECTION_OCR_AUTO = "collection-ocr-auto";

    @Spec
    private CommandSpec spec;

    @Option(names = "--cases", split = ",", defaultValue = ONE_FILE + "," + COLLECTION_OCR_OFF + "," + COLLECTION_OCR_AUTO,
            description = "Cases to time (default: ${DEFAULT-VALUE}).")
    private List<String> cases;

    @Option(names = "--files", defaultValue = "300", description = "Files the generator writes into the collection (default: ${DEFAULT-VALUE}).")
    private int files;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--large-scans", defaultValue = "3", description = "Large uncompressed TIFF scans added to the collection (default: ${DEFAULT-VALUE}).")
    private int largeScans;

    @Option(names = "--scan-mb", defaultValue = "10", description = "Pixel MiB of each large scan (default: ${DEFAULT-VALUE}).")
    private int scanMegabytes;

    @Option(names = "--rounds", defaultValue = "3", description = "Runs of each case and build, interleaved; the fastest counts (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--embedded", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Time the cases into the embedded index (default: ${DEFAULT-VALUE}).")
    private boolean embedded;

    @Option(names = "--es-url", description = "Also time every case into Elasticsearch at this URL, each run into a new index (deleted after it).")
    private String esUrl;

    @Option(names = "--launcher", description = "The launcher measured (default: bin/disan of the jar running this).")
    private Path launcher;

    @Option(names = "--baseline-commit", defaultValue = "2a46854", description = "Commit of the baseline build (default: ${DEFAULT-VALUE}).")
    private String baselineCommit;

    @Option(names = "--baseline-launcher", description = "Launcher of an already built baseline, instead of building --baseline-commit.")
    private Path baselineLauncher;

    @Option(names = "--repository", defaultValue = ".", description = "Git repository the baseline commit is exported from (default: the current folder).")
    private Path repository;

    @Option(names = "--submission", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time a one-file zip POSTed to a running `disan serve` until it is searchable (default: ${DEFAULT-VALUE}).")
    private boolean submission;

    @Option(names = "--work", description = "Work folder for the collections, builds and data folders (default: a new temporary folder).")
    private Path work;

    @Option(names = "--out", defaultValue = "target/bench", description = "Folder for the JSON summary (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter print = spec.commandLine().getOut();
        String startedAt = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        double loadAtStart = ColdRounds.loadAverage();
        Path workFolder = work == null ? Files.createTempDirectory("disan-cold-") : work.toAbsolutePath();
        Files.createDirectories(workFolder);
        Path measured = launcher == null ? OwnLauncher.locate() : launcher.toAbsolutePath();
        Path baseline = baselineLauncher != null ? baselineLauncher.toAbsolutePath()
                : new BaselineBuild(print).launcher(repository.toAbsolutePath(), baselineCommit, workFolder.resolve("builds"));
        print.printf("Preparing the submissions in %s ...%n", workFolder);
        print.flush();
        ColdCollection collection = ColdCollection.prepare(workFolder,
                new ColdCollection.Spec(files, seed, largeScans, scanMegabytes));
        List<ColdCase> planned = plannedCases(collection);
        ColdRounds.Builds builds = new ColdRounds.Builds(measured, baseline);
        ColdRounds coldRounds = new ColdRounds(print, workFolder.resolve("runs-" + startedAt), startedAt);
        print.printf("First run of each build, not timed ...%n");
        print.flush();
        Map<String, Double> firstRuns = coldRounds.firstRuns(planned, builds);
        print.printf("Timed runs: %d rounds ...%n", rounds);
        print.flush();
        List<CaseResult> results = coldRounds.run(planned, builds, rounds);
        ServeSubmission.Result served = null;
        if (submission) {
            served = new ServeSubmission(print, workFolder.resolve("serve-" + startedAt)).measure(measured, esUrl);
        }
        ColdBenchReport report = new ColdBenchReport(startedAt, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), measured.toString(),
                baseline.toString(), baselineLauncher == null ? baselineCommit : null, rounds, firstRuns, results, served,
                loadAtStart, ColdRounds.loadAverage());
        new ColdTable(print).print(report);
        Path json = out.resolve("cold-" + startedAt + ".json");
        report.write(json);
        print.printf("%nSummary written to %s%n", json.toAbsolutePath());
        return DisanCommandLine.SUCCESS;
    }

    private List<ColdCase> plannedCases(ColdCollection collection) {
        List<String> indexes = new ArrayList<>();
        if (embedded) {
            indexes.add(null);
        }
        if (esUrl != null) {
            indexes.add(esUrl);
        }
        List<ColdCase> planned = new ArrayList<>();
        for (String name : cases) {
            for (String index : indexes) {
                planned.add(switch (name.toLowerCase(Locale.ROOT)) {
                    case ONE_FILE -> new ColdCase(ONE_FILE, collection.oneFile(), null, index);
                    case COLLECTION_OCR_OFF -> new ColdCase(COLLECTION_OCR_OFF, collection.collection(), "off", index);
                    case COLLECTION_OCR_AUTO -> new ColdCase(COLLECTION_OCR_AUTO, collection.collection(), "auto", index);
                    default -> throw new UserInputException("no such case: " + name + " (cases: "
                            + ONE_FILE + ", " + COLLECTION_OCR_OFF + ", " + COLLECTION_OCR_AUTO + ")");
                });
            }
        }
        if (planned.isEmpty()) {
            throw new UserInputException("nothing to time: give --es-url, or leave --embedded on");
        }
        return planned;
    }
}
