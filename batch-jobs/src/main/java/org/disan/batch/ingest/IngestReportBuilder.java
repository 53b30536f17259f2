package org.disan.batch.ingest;

import java.time.Instant;
import java.util.List;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.FailureKind;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.submission.Submission;

/** Builds a job instance's report from its submission and the outcome log. */
final class IngestReportBuilder {

    private IngestReportBuilder() {}

    static IngestReport build(long jobInstanceId, long jobExecutionId, Instant startedAt, Submission submission,
            OutcomeLog log, DataFolder dataFolder) {
        List<OutcomeLine> outcomes = log.read();
        List<IngestReport.FileIssue> failures = outcomes.stream()
                .filter(line -> Status.FAILED.name().equals(line.status()))
                .map(line -> new IngestReport.FileIssue(line.file(), List.of(String.valueOf(line.reason())),
                        line.failureKind() == null ? FailureKind.UNEXPECTED : line.failureKind()))
                .toList();
        List<IngestReport.FileIssue> warnings = outcomes.stream()
                .filter(line -> !line.warnings().isEmpty() && !Status.FAILED.name().equals(line.status()))
                .map(line -> new IngestReport.FileIssue(line.file(), line.warnings()))
                .toList();
        return new IngestReport(
                jobInstanceId,
                jobExecutionId,
                submission.root().toString(),
                dataFolder.root().toString(),
                startedAt,
                Instant.now(),
                submission.files().size(),
                count(outcomes, Status.INGESTED),
                count(outcomes, Status.DUPLICATE),
                count(outcomes, Status.FAILED),
                submission.problems(),
                failures,
                warnings,
                log.file().toString(),
                submission.notes());
    }

    private static long count(List<OutcomeLine> outcomes, Status status) {
        return outcomes.stream().filter(line -> status.name().equals(line.status())).count();
    }
}
