package org.disan.batch.bench.cold;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disan.batch.bench.cold.ColdBenchReport.CaseResult;
import org.disan.batch.bench.cold.ColdBenchReport.Run;
import org.springframework.util.FileSystemUtils;

/**
 * Runs every case with both builds, round after round, the two builds taking turns (which goes
 * first alternates), so that what else the machine does slows both alike. Every run gets a new
 * data folder (and a new Elasticsearch index), deleted after it.
 */
final class ColdRounds {

    /** The launcher measured and the baseline's. */
    record Builds(Path measured, Path baseline) {}

    private final PrintWriter print;
    private final Path runs;
    private final String startedAt;

    ColdRounds(PrintWriter print, Path runs, String startedAt) {
        this.print = print;
        this.runs = runs;
        this.startedAt = startedAt;
    }

    /**
     * Runs the first case once with each build, untimed: a build's first run may set up caches
     * (the new launcher extracts its jar and records class data), which its later runs use.
     *
     * @return the seconds of each build's first run
     */
    Map<String, Double> firstRuns(List<ColdCase> cases, Builds builds) throws IOException, InterruptedException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("new", once(cases.get(0), builds.measured(), "new", 0).seconds());
        seconds.put("baseline", once(cases.get(0), builds.baseline(), "baseline", 0).seconds());
        return seconds;
    }

    List<CaseResult> run(List<ColdCase> cases, Builds builds, int rounds) throws IOException, InterruptedException {
        Map<ColdCase, List<Run>> measured = new LinkedHashMap<>();
        Map<ColdCase, List<Run>> baseline = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (ColdCase coldCase : cases) {
                boolean measuredFirst = round % 2 == 1;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isMeasured = measuredFirst == (turn == 0);
                    Path launcher = isMeasured ? builds.measured() : builds.baseline();
                    String build = isMeasured ? "new" : "baseline";
                    Run run = once(coldCase, launcher, build, round);
                    (isMeasured ? measured : baseline).computeIfAbsent(coldCase, key -> new ArrayList<>()).add(run);
                }
            }
        }
        List<CaseResult> results = new ArrayList<>();
        for (ColdCase coldCase : cases) {
            results.add(new CaseResult(coldCase.name(), coldCase.backend(), coldCase.ocr(), measured.get(coldCase),
                    baseline.get(coldCase)));
        }
        return results;
    }

    private Run once(ColdCase coldCase, Path launcher, String build, int round) throws IOException, InterruptedException {
        String name = String.join("-", build, coldCase.name(), coldCase.backend(), String.valueOf(round));
        Path data = runs.resolve(name);
        String esIndex = ("disan-cold-" + startedAt + "-" + name).toLowerCase(Locale.ROOT);
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(coldCase.arguments(data, esIndex));
        print.printf(Locale.ROOT, "  %-7s %-8s  %-20s %-13s ", round == 0 ? "first" : "round " + round, build,
                coldCase.name(), coldCase.backend());
        print.flush();
        try {
            LauncherRun.Result result = LauncherRun.run(command, Map.of());
            if (result.exitCode() != 0) {
                print.println("failed");
                result.tail().forEach(line -> print.println("    | " + line));
                throw new IOException(name + " ended with exit code " + result.exitCode());
            }
            IngestCounts counts = IngestCounts.read(data);
            print.printf(Locale.ROOT, "%7.2f s  (%d files: %d ingested, %d failed; scans with text %d/%d)%n",
                    result.seconds(), counts.filesFound(), counts.ingested(), counts.failed(), counts.scansWithText(),
                    counts.scans());
            print.flush();
            return new Run(result.seconds(), ColdPhases.of(result), result.exitCode(), counts);
        } finally {
            FileSystemUtils.deleteRecursively(data);
            if (coldCase.esUrl() != null) {
                deleteIndexes(coldCase.esUrl(), esIndex);
            }
        }
    }

    /** Deletes the indexes behind the run's alias (Elasticsearch refuses to delete an alias by name). */
    private static void deleteIndexes(String esUrl, String alias) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = esUrl.endsWith("/") ? esUrl.substring(0, esUrl.length() - 1) : esUrl;
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(base + "/_alias/" + alias)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (found.statusCode() != 200) {
            return;
        }
        for (String index : new com.fasterxml.jackson.databind.ObjectMapper().readTree(found.body())
                .properties().stream().map(Map.Entry::getKey).toList()) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/" + index)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
