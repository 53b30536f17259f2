package org.disan.batch.ingest;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Component;

/**
 * The newest execution of every partition of a job instance's file ingest, across all the runs
 * of that instance: a restart runs only the unfinished partitions, yet its totals must count the
 * ones an earlier run completed.
 */
@Component
public class PartitionExecutions {

    private final JobExplorer jobExplorer;

    public PartitionExecutions(JobExplorer jobExplorer) {
        this.jobExplorer = jobExplorer;
    }

    public Collection<StepExecution> latest(JobInstance instance) {
        Map<String, StepExecution> newest = jobExplorer.getJobExecutions(instance).stream()
                .map(JobExecution::getStepExecutions)
                .flatMap(Collection::stream)
                .filter(step -> step.getStepName().startsWith(IngestFileRangeStepConfiguration.STEP_NAME + ":"))
                .collect(Collectors.toMap(StepExecution::getStepName, Function.identity(),
                        (a, b) -> a.getId() > b.getId() ? a : b));
        return newest.values().stream().sorted(Comparator.comparing(StepExecution::getStepName)).toList();
    }

    /** Files whose chunks the newest executions of the instance's partitions committed. */
    public int filesCommitted(JobInstance instance) {
        return latest(instance).stream()
                .mapToInt(step -> SubmittedFileReader.committedFiles(step.getExecutionContext()))
                .sum();
    }
}
