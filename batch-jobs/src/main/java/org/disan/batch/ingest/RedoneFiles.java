package org.disan.batch.ingest;

import java.util.Objects;
import java.util.Set;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Provenance;

/**
 * Tells a redone file from a duplicate. A chunk is done again when the process running it died
 * (a killed ingest, a killed remote worker) or its job failed before the chunk committed (the
 * index or the job repository went away): its files may already be stored, by an earlier
 * execution of this same job instance. Finding such a file's own record is the file's ingest,
 * not a duplicate of it, and is counted as the uninterrupted run would have counted it; the outcome
 * log notes that it was done again.
 */
final class RedoneFiles {

    private final String submissionName;
    private final Set<Long> jobExecutionIds;

    /** @param jobExecutionIds the executions of the running job instance, the current one included */
    RedoneFiles(String submissionName, Set<Long> jobExecutionIds) {
        this.submissionName = submissionName;
        this.jobExecutionIds = Set.copyOf(jobExecutionIds);
    }

    IngestOutcome recognise(IngestOutcome outcome) {
        if (outcome.status() != Status.DUPLICATE || !storedByThisJob(outcome.record(), outcome.relativePath())) {
            return outcome;
        }
        String note = "done again after an interruption; kept the record that job execution "
                + outcome.record().provenance().jobId() + " stored";
        return new IngestOutcome(Status.INGESTED, outcome.relativePath(), outcome.record(), note,
                outcome.record().notes(), null);
    }

    private boolean storedByThisJob(ArchiveRecord record, String relativePath) {
        Provenance provenance = record.provenance();
        return provenance != null && provenance.jobId() != null && jobExecutionIds.contains(provenance.jobId())
                && Objects.equals(provenance.submission(), submissionName)
                && Objects.equals(provenance.originalPath(), relativePath);
    }
}
