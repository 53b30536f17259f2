package org.disan.batch.bench.cold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What one cold benchmark measured, written as JSON like the other benchmarks' summaries.
 *
 * @param newBuild the launcher measured
 * @param baseline the baseline's launcher and the commit it was built from
 * @param firstRuns seconds of each build's first, untimed run (which may set up its caches)
 * @param cases each case's runs of both builds, in the order they ran
 * @param submission the one-file submission to a running server, or {@code null} when not measured
 */
record ColdBenchReport(String startedAt, int processors, String java, String newBuild, String baseline,
        String baselineCommit, int rounds, Map<String, Double> firstRuns, List<CaseResult> cases, ServeSubmission.Result submission,
        double loadAtStart, double loadAtEnd) {

    /** One run of one build: wall seconds, where they went, and what the ingest reported. */
    record Run(double seconds, Map<String, Double> phases, int exitCode, IngestCounts counts) {}

    /** The runs of both builds for one case, and new / baseline of their fastest. */
    record CaseResult(String name, String backend, String ocr, List<Run> newRuns, List<Run> baselineRuns) {

        Run fastestNew() {
            return fastest(newRuns);
        }

        Run fastestBaseline() {
            return fastest(baselineRuns);
        }

        /** New over baseline, fastest of each. */
        @JsonProperty("ratio")
        public double ratio() {
            return fastestNew().seconds() / fastestBaseline().seconds();
        }

        private static Run fastest(List<Run> runs) {
            return runs.stream().min(Comparator.comparingDouble(Run::seconds)).orElseThrow();
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
