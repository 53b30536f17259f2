package org.disan.batch.ingest;

import java.time.Instant;
import java.util.List;
import org.disan.ingest.FailureKind;

/**
 * What an ingest did, for the person who ran it and for scripts: counts, the submission's
 * problems, every failed file with its reason and every file with warnings.
 *
 * @param sheetNotes how the metadata sheet was read: columns mapped and kept as they are, the
 *     multi-value separator, rows matched to files in another case or folder, the default access
 */
public record IngestReport(
        long jobInstanceId,
        long jobExecutionId,
        String folder,
        String dataFolder,
        Instant startedAt,
        Instant finishedAt,
        int filesFound,
        long ingested,
        long duplicates,
        long failed,
        List<String> problems,
        List<FileIssue> failures,
        List<FileIssue> warnings,
        String outcomesFile,
        List<String> sheetNotes) {

    /**
     * A file and what went wrong or is partial about it.
     *
     * @param failureKind for a failed file, what kind of failure it was; {@code null} for warnings
     */
    public record FileIssue(String file, List<String> messages, FailureKind failureKind) {

        /** A file's warnings. */
        public FileIssue(String file, List<String> messages) {
            this(file, messages, null);
        }
    }

    public IngestReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
        failures = failures == null ? List.of() : List.copyOf(failures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        sheetNotes = sheetNotes == null ? List.of() : List.copyOf(sheetNotes);
    }

    /** Files that were read but have no outcome yet: only a run that stopped early has them. */
    public long unprocessed() {
        return Math.max(0, filesFound - ingested - duplicates - failed);
    }
}
