package org.disan.batch.ingest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Lets an ingest whose job repository failed under it be resumed. When the database goes away in
 * the middle of a chunk (PostgreSQL restarted), Spring Batch cannot tell whether the chunk's
 * transaction committed; it records the run as UNKNOWN and refuses to restart it. An ingest's
 * chunk can safely be done again — the store is addressed by content, the index upserts by id and
 * the outcome log keeps each file's last word — so such a run is marked FAILED and restarted from
 * whatever the repository last committed, like any failed run.
 */
@Component
public class UncertainExecutions {

    static final String REDONE = "the job repository failed while recording it (status UNKNOWN); "
            + "its unfinished chunks are done again, which stores and indexes nothing twice";

    private final JobRepository jobRepository;

    public UncertainExecutions(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    static boolean isUncertain(JobExecution execution) {
        return execution.getStatus() == BatchStatus.UNKNOWN
                || execution.getStepExecutions().stream().anyMatch(step -> step.getStatus() == BatchStatus.UNKNOWN);
    }

    void markFailed(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(step.getExitStatus().and(ExitStatus.FAILED).addExitDescription(REDONE));
                jobRepository.update(step);
            }
        }
        if (execution.getStatus() == BatchStatus.UNKNOWN) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(execution.getExitStatus().and(ExitStatus.FAILED).addExitDescription(REDONE));
            jobRepository.update(execution);
        }
    }
}
