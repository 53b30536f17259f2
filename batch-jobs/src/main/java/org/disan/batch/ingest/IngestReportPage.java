package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.disan.batch.ingest.IngestReport.FileIssue;
import org.disan.batch.report.ReportPage;

/**
 * The readable twin of an ingest's JSON report: the counts, how long it took, the submission's
 * problems, each failed file with its reason, each duplicate and each file with warnings (OCR or
 * media skipped, partial text...).
 */
public final class IngestReportPage {

    private IngestReportPage() {}

    /** Writes the page atomically, so a reader never sees half of it. */
    public static Path write(IngestReport report, List<OutcomeLine> outcomes, Path file) throws IOException {
        return page(report, outcomes).writeTo(file);
    }

    static String render(IngestReport report, List<OutcomeLine> outcomes) {
        return page(report, outcomes).render();
    }

    static ReportPage page(IngestReport report, List<OutcomeLine> outcomes) {
        return new ReportPage("Ingest " + report.jobInstanceId(), "Ingest of " + report.folder())
                .row("Files found", report.filesFound())
                .row("Ingested", report.ingested())
                .row("Duplicates", report.duplicates())
                .row("Failed", report.failed())
                .row("Not yet processed", report.unprocessed())
                .times(report.startedAt(), report.finishedAt())
                .list("Problems with the submission", report.problems())
                .list("How the metadata sheet was read", report.sheetNotes())
                .list("Failed files", issues(report.failures()))
                .list("Duplicates (already in the archive)", outcomes.stream()
                        .filter(line -> "DUPLICATE".equals(line.status()))
                        .map(line -> line.file() + " = record " + line.recordId())
                        .toList())
                .list("Warnings (OCR, media or text skipped or partial)", issues(report.warnings()))
                .note("Every file's outcome: " + report.outcomesFile());
    }

    private static List<String> issues(List<FileIssue> issues) {
        return issues.stream().map(issue -> issue.file() + ": " + String.join("; ", issue.messages())).toList();
    }
}
