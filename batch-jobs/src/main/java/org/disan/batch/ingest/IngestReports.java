package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disan.batch.report.JobReportFiles;

/**
 * Where ingest reports live: {@code <data>/reports/ingest-<job instance>.jsonl} (outcomes, one
 * line a file), {@code .json} (the summary) and {@code .html} (the summary as a page). All are
 * per job instance, so the runs that restart a failed ingest add to the same report.
 */
public class IngestReports {

    static final String KIND = "ingest";

    private final Path folder;
    private final JobReportFiles files;
    /** One log object per file, so the partitions of this process append through one lock. */
    private final Map<Long, OutcomeLog> logs = new ConcurrentHashMap<>();

    public IngestReports(Path folder) {
        this.folder = folder;
        this.files = new JobReportFiles(folder);
    }

    public OutcomeLog outcomeLog(long jobInstanceId) {
        return logs.computeIfAbsent(jobInstanceId, id -> new OutcomeLog(folder.resolve(KIND + "-" + id + ".jsonl")));
    }

    public Path summaryFile(long jobInstanceId) {
        return files.json(KIND, jobInstanceId);
    }

    /** The summary as a readable page, beside the JSON. */
    public Path pageFile(long jobInstanceId) {
        return files.page(KIND, jobInstanceId);
    }

    public Path write(IngestReport report) throws IOException {
        Files.createDirectories(folder);
        long instance = report.jobInstanceId();
        files.write(KIND, instance, report, IngestReportPage.page(report, outcomeLog(instance).read()));
        return summaryFile(instance);
    }

    public IngestReport read(long jobInstanceId) throws IOException {
        return JobReportFiles.JSON.readValue(summaryFile(jobInstanceId).toFile(), IngestReport.class);
    }
}
