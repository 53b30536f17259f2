package org.disan.batch.ingest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * A partition that completed forgets the files it was dealt. Only a restart reads them, and a
 * completed partition never runs again; kept, they would be read back from the job repository by
 * every look at the job's history (the jobs page, {@code disan jobs}), half a megabyte a
 * partition of a 10,000-file submission. The listener runs before the step's context is saved
 * for the last time.
 */
class CompletedPartitionForgetsItsFiles implements StepExecutionListener {

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        if (partition.getStatus() == BatchStatus.COMPLETED) {
            PartitionFiles.forget(partition.getExecutionContext());
        }
        return null;
    }
}
