package org.disan.batch.web.api;

import java.time.Instant;
import java.util.List;
import org.disan.batch.ingest.IngestReport;

/**
 * An ingest's report as {@code /api/jobs/{id}} answers it: the counts, problems, failures and
 * warnings of {@link IngestReport}, with the submission by its file name and no server path.
 */
record JobReportAnswer(
        String submission,
        Instant startedAt,
        Instant finishedAt,
        int filesFound,
        long ingested,
        long duplicates,
        long failed,
        List<String> problems,
        List<IngestReport.FileIssue> failures,
        List<IngestReport.FileIssue> warnings,
        List<String> sheetNotes) {

    /** @param submission the submission's file or folder name, as the job lists it */
    static JobReportAnswer of(IngestReport report, String submission) {
        return new JobReportAnswer(submission, report.startedAt(), report.finishedAt(),
                report.filesFound(), report.ingested(), report.duplicates(), report.failed(),
                ServerPaths.hide(report.problems()), withoutPaths(report.failures()), withoutPaths(report.warnings()),
                ServerPaths.hide(report.sheetNotes()));
    }

    private static List<IngestReport.FileIssue> withoutPaths(List<IngestReport.FileIssue> issues) {
        return issues.stream()
                .map(issue -> new IngestReport.FileIssue(ServerPaths.hide(issue.file()), ServerPaths.hide(issue.messages()),
                        issue.failureKind()))
                .toList();
    }
}
