package org.disan.batch.ingest;

import java.util.List;
import org.disan.ingest.FailureKind;
import org.disan.ingest.IngestOutcome;

/**
 * One file's outcome as the job's outcome log keeps it: one JSON object a line.
 *
 * @param recordId the stored record's id; {@code null} when the file failed
 * @param failureKind what kind of failure it was; {@code null} unless the file failed
 */
public record OutcomeLine(String file, String status, String recordId, String title, String reason,
        List<String> warnings, FailureKind failureKind) {

    public OutcomeLine {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static OutcomeLine of(IngestOutcome outcome) {
        var record = outcome.record();
        return new OutcomeLine(
                outcome.relativePath(),
                outcome.status().name(),
                record == null ? null : record.id(),
                record == null ? null : record.displayTitle(),
                outcome.reason(),
                outcome.warnings(),
                outcome.failureKind());
    }
}
