package org.disan.batch.ingest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * Refuses to resume an ingest whose submission changed since the job was split: its unfinished
 * partitions would ingest the files the first scan dealt them, while the report, which scans the
 * submission again, would count others. The file-ingest step of a restart checks this before it
 * runs a partition.
 */
public class UnchangedSubmission implements StepExecutionListener {

    private final SubmissionSource source;
    private final PartitionExecutions partitions;

    public UnchangedSubmission(SubmissionSource source, PartitionExecutions partitions) {
        this.source = source;
        this.partitions = partitions;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        partitions.latest(stepExecution.getJobExecution().getJobInstance()).stream()
                .filter(partition -> partition.getStatus() != BatchStatus.COMPLETED)
                .map(partition -> FileShare.readFrom(partition.getExecutionContext()))
                .forEach(share -> share.checkTotal(source.submission().files().size()));
    }
}
