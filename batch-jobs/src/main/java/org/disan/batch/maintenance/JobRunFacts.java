package org.disan.batch.maintenance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/** What a job execution's report needs to know of it, read once it has ended. */
final class JobRunFacts {

    private JobRunFacts() {}

    static Instant started(JobExecution execution) {
        return instant(execution.getStartTime());
    }

    /** The end: not yet set when the job's own listeners run, so now. */
    static Instant finished(JobExecution execution) {
        return execution.getEndTime() == null ? Instant.now() : instant(execution.getEndTime());
    }

    /** The first step whose name starts with the prefix, or {@code null} when it did not run. */
    static StepExecution step(JobExecution execution, String prefix) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(prefix)).findFirst().orElse(null);
    }

    /** Why the run failed, innermost causes first; {@code null} when nothing failed. */
    static String failure(JobExecution execution) {
        String causes = execution.getAllFailureExceptions().stream()
                .map(JobRunFacts::innermost)
                .distinct()
                .collect(Collectors.joining("; "));
        return causes.isEmpty() ? null : causes;
    }

    private static String innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
