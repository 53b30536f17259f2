package org.disan.ingest;

import java.util.List;
import java.util.Objects;
import org.disan.ingest.model.ArchiveRecord;

/**
 * What became of one submitted file.
 *
 * @param record the stored record (for a duplicate: the record already stored); {@code null}
 *     only when the file failed
 * @param reason why the file failed or was a duplicate; {@code null} when ingested, unless the
 *     ingest notes something about how (a file done again after an interruption)
 * @param warnings what is partial about an ingested record (OCR skipped, text cut, ...), or
 *     what a duplicate changed (a narrower access)
 * @param failureKind what kind of failure it was; {@code null} unless the file failed
 */
public record IngestOutcome(Status status, String relativePath, ArchiveRecord record, String reason,
        List<String> warnings, FailureKind failureKind) {

    public enum Status {
        INGESTED,
        DUPLICATE,
        FAILED
    }

    public IngestOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(relativePath, "relativePath");
        if (status != Status.FAILED) {
            Objects.requireNonNull(record, "record");
        } else {
            Objects.requireNonNull(failureKind, "failureKind");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static IngestOutcome ingested(String relativePath, ArchiveRecord record, List<String> warnings) {
        return new IngestOutcome(Status.INGESTED, relativePath, record, null, warnings, null);
    }

    static IngestOutcome duplicate(String relativePath, ArchiveRecord existing, List<String> warnings) {
        String original = existing.provenance() == null ? existing.id()
                : "'" + existing.provenance().originalPath() + "' of submission '"
                        + existing.provenance().submission() + "'";
        return new IngestOutcome(Status.DUPLICATE, relativePath, existing,
                "same content as " + original + " (record " + existing.id() + ")", warnings, null);
    }

    public static IngestOutcome failed(String relativePath, FailureKind kind, String reason, List<String> warnings) {
        return new IngestOutcome(Status.FAILED, relativePath, null, reason, warnings, kind);
    }
}
