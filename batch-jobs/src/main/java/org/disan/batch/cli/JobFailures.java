package org.disan.batch.cli;

import java.util.stream.Collectors;
import org.springframework.batch.core.JobExecution;

/** What made a job fail, in a line: the innermost cause of each failure. */
final class JobFailures {

    private JobFailures() {}

    static String describe(JobExecution execution) {
        String causes = execution.getAllFailureExceptions().stream()
                .map(CommandErrors::describe)
                .distinct()
                .collect(Collectors.joining("; "));
        return causes.isEmpty() ? execution.getExitStatus().getExitDescription() : causes;
    }
}
