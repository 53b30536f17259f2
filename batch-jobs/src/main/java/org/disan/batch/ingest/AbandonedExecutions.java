package org.disan.batch.ingest;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Marks as FAILED the executions that a killed process left looking as if they still run, so
 * that they can be restarted. This is only sound because the embedded H2 job repository can be
 * open in one process at a time: whoever holds it is the only one that can be running a job.
 */
@Component
public class AbandonedExecutions {

    private static final String ENDED = "the process running it ended before the job did";

    private final JobExplorer jobExplorer;
    private final JobRepository jobRepository;

    public AbandonedExecutions(JobExplorer jobExplorer, JobRepository jobRepository) {
        this.jobExplorer = jobExplorer;
        this.jobRepository = jobRepository;
    }

    public void markFailed(String jobName) {
        for (JobExecution execution : jobExplorer.findRunningJobExecutions(jobName)) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(ENDED));
                    step.setEndTime(lastSignOfLife(step.getLastUpdated()));
                    jobRepository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(ENDED));
            execution.setEndTime(lastSignOfLife(execution.getLastUpdated()));
            jobRepository.update(execution);
        }
    }

    /** The run ended some time after its last update; that is the best end time there is. */
    private static LocalDateTime lastSignOfLife(LocalDateTime lastUpdated) {
        return lastUpdated != null ? lastUpdated : LocalDateTime.now();
    }
}
