package org.disan.batch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where every job's report lives in the data folder's reports folder: {@code <kind>-<job
 * instance>.json} for scripts and {@code .html} beside it for people, where kind is
 * {@code ingest}, {@code reindex} or {@code audit}. A restarted run rewrites its instance's report.
 */
public final class JobReportFiles {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    public JobReportFiles(Path folder) {
        this.folder = folder;
    }

    public Path json(String kind, long jobInstanceId) {
        return folder.resolve(kind + "-" + jobInstanceId + ".json");
    }

    public Path page(String kind, long jobInstanceId) {
        return folder.resolve(kind + "-" + jobInstanceId + ".html");
    }

    /** Writes the report as JSON and as its page, each atomically; returns the page. */
    public Path write(String kind, long jobInstanceId, Object report, ReportPage page) throws IOException {
        AtomicFiles.write(json(kind, jobInstanceId), JSON.writeValueAsString(report));
        return page.writeTo(page(kind, jobInstanceId));
    }

    /** The kind of report a Spring Batch job writes, from the job's name ({@code reindexJob} → reindex). */
    public static String kindOf(String jobName) {
        if (jobName.toLowerCase(java.util.Locale.ROOT).contains("reindex")) {
            return "reindex";
        }
        return jobName.endsWith("Job") ? jobName.substring(0, jobName.length() - 3) : jobName;
    }
}
