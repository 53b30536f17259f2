package org.disan.batch.web.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disan.batch.ingest.IngestJobConfiguration;
import org.disan.batch.ingest.IngestReports;
import org.disan.batch.ingest.ScanSubmissionTasklet;
import org.disan.ingest.IngestOutcome.Status;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.stereotype.Component;

/** Reads the job runs of every kind from the job repository, with the progress each has made. */
@Component
public class JobSummaries {

    /** Job instances read per job name for the list; older ones are left out. */
    private static final int RECENT_INSTANCES = 100;

    private final JobExplorer explorer;
    private final IngestReports reports;

    public JobSummaries(JobExplorer explorer, IngestReports reports) {
        this.explorer = explorer;
        this.reports = reports;
    }

    /** The most recent runs of all jobs, newest first. */
    public List<JobSummary> recent(int limit) {
        List<JobExecution> executions = new ArrayList<>();
        for (String name : explorer.getJobNames()) {
            for (JobInstance instance : explorer.getJobInstances(name, 0, RECENT_INSTANCES)) {
                executions.addAll(explorer.getJobExecutions(instance));
            }
        }
        return executions.stream()
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(limit)
                .map(this::summary)
                .toList();
    }

    public Optional<JobSummary> find(long id) {
        return Optional.ofNullable(explorer.getJobExecution(id)).map(this::summary);
    }

    private JobSummary summary(JobExecution execution) {
        boolean ingest = IngestJobConfiguration.JOB_NAME.equals(execution.getJobInstance().getJobName());
        long instanceId = execution.getJobInstance().getInstanceId();
        String folder = execution.getJobParameters().getString(IngestJobConfiguration.FOLDER);
        return new JobSummary(
                execution.getId(),
                instanceId,
                execution.getJobInstance().getJobName(),
                execution.getStatus().name(),
                execution.getExitStatus().getExitCode(),
                execution.getExitStatus().getExitDescription(),
                execution.getCreateTime(),
                execution.getStartTime(),
                execution.getEndTime(),
                ingest && folder != null ? fileName(folder) : null,
                ingest ? ingestProgress(execution) : stepProgress(execution),
                ingest && Files.isRegularFile(reports.summaryFile(instanceId)));
    }

    /**
     * Files found by the scan, and the outcomes committed so far: the partitions' own counts while
     * they run, the partitioned step's totals (every partition of the ingest) once it has ended.
     */
    private static JobProgress ingestProgress(JobExecution execution) {
        Integer total = null;
        OutcomeTally partitions = new OutcomeTally();
        OutcomeTally finished = null;
        for (StepExecution step : execution.getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            if (context.containsKey(ScanSubmissionTasklet.FILES_KEY)) {
                total = context.getInt(ScanSubmissionTasklet.FILES_KEY);
            }
            if (step.getStepName().equals(IngestJobConfiguration.FILES_STEP)) {
                if (step.getEndTime() != null) {
                    finished = new OutcomeTally().add(context);
                }
            } else {
                partitions.add(context);
            }
        }
        OutcomeTally outcomes = finished != null ? finished : partitions;
        return new JobProgress(total, outcomes.ingested + outcomes.duplicates + outcomes.failed,
                outcomes.ingested, outcomes.duplicates, outcomes.failed);
    }

    /** Outcome counts added up over steps. */
    private static final class OutcomeTally {
        private long ingested;
        private long duplicates;
        private long failed;

        OutcomeTally add(ExecutionContext context) {
            ingested += count(context, Status.INGESTED);
            duplicates += count(context, Status.DUPLICATE);
            failed += count(context, Status.FAILED);
            return this;
        }
    }

    /** For jobs without a known total: items read and items skipped by all their steps. */
    private static JobProgress stepProgress(JobExecution execution) {
        long read = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            skipped += step.getSkipCount();
        }
        return new JobProgress(null, read, 0, 0, skipped);
    }

    /** The outcome counts the ingest's writer keeps in its step's context ({@code outcomes.failed}, …). */
    private static long count(ExecutionContext context, Status status) {
        return context.getLong("outcomes." + status.name().toLowerCase(Locale.ROOT), 0L);
    }

    private static String fileName(String folder) {
        Path name = Path.of(folder).getFileName();
        return name == null ? folder : name.toString();
    }
}
