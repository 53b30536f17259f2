package org.disan.batch.ingest;

import java.util.Collection;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.StepExecutionAggregator;

/**
 * Gives the file-ingest step the totals of all its partitions: Spring Batch's own counts and
 * status from the partitions of this run, and the outcome counts (ingested, duplicate, failed)
 * from every partition of the job instance, so a restart reports the whole ingest.
 */
public class PartitionOutcomeAggregator implements StepExecutionAggregator {

    private final StepExecutionAggregator standard = new DefaultStepExecutionAggregator();
    private final PartitionExecutions partitions;

    public PartitionOutcomeAggregator(PartitionExecutions partitions) {
        this.partitions = partitions;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        standard.aggregate(result, executions);
        OutcomeCounts total = new OutcomeCounts();
        partitions.latest(result.getJobExecution().getJobInstance())
                .forEach(partition -> total.addFrom(partition.getExecutionContext()));
        total.saveTo(result.getExecutionContext());
    }
}
