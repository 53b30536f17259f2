package org.disan.batch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where ingest reports live: {@code <data>/reports/ingest-<job instance>.jsonl} (outcomes, one
 * line a file) and {@code .json} (the summary). Both are per job instance, so the runs that
 * restart a failed ingest add to the same report.
 */
public class IngestReports {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    /** One log object per file, so the partitions of this process append through one lock. */
    private final Map<Long, OutcomeLog> logs = new ConcurrentHashMap<>();

    public IngestReports(Path folder) {
        this.folder = folder;
    }

    public OutcomeLog outcomeLog(long jobInstanceId) {
        return logs.computeIfAbsent(jobInstanceId, id -> new OutcomeLog(folder.resolve("ingest-" + id + ".jsonl")));
    }

    public Path summaryFile(long jobInstanceId) {
        return folder.resolve("ingest-" + jobInstanceId + ".json");
    }

    /** The summary as a readable page, beside the JSON. */
    public Path pageFile(long jobInstanceId) {
        return folder.resolve("ingest-" + jobInstanceId + ".html");
    }

    public Path write(IngestReport report) throws IOException {
        Files.createDirectories(folder);
        Path file = summaryFile(report.jobInstanceId());
        JSON.writeValue(file.toFile(), report);
        IngestReportPage.write(report, outcomeLog(report.jobInstanceId()).read(), pageFile(report.jobInstanceId()));
        return file;
    }

    public IngestReport read(long jobInstanceId) throws IOException {
        return JSON.readValue(summaryFile(jobInstanceId).toFile(), IngestReport.class);
    }
}
