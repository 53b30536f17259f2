package org.disan.batch.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disan.ingest.OcrMode;
import org.disan.ingest.model.Access;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/**
 * Launches the ingest job for a folder. When the newest ingest of the same folder did not
 * complete (it failed, stopped, or ended UNKNOWN because its job repository failed under it), it
 * is restarted with its own parameters and resumes where it stopped; otherwise a new job
 * instance starts.
 */
@Component
public class IngestJobRunner {

    /** How far back to look for an unfinished ingest of the same folder. */
    private static final int RECENT_INSTANCES = 100;

    private final JobLauncher jobLauncher;
    private final JobExplorer jobExplorer;
    private final Job ingestJob;
    private final AbandonedExecutions abandoned;
    private final UncertainExecutions uncertain;

    public IngestJobRunner(JobLauncher jobLauncher, JobExplorer jobExplorer, Job ingestJob,
            AbandonedExecutions abandoned, UncertainExecutions uncertain) {
        this.jobLauncher = jobLauncher;
        this.jobExplorer = jobExplorer;
        this.ingestJob = ingestJob;
        this.abandoned = abandoned;
        this.uncertain = uncertain;
    }

    /**
     * Runs the job to its end and returns how it ended.
     *
     * @param threads partitions of the files, processed at once (a resumed ingest keeps its own)
     */
    public JobExecution run(Path folder, OcrMode ocr, boolean parseInProcess, int threads) throws Exception {
        return run(folder, ocr, parseInProcess, threads, null);
    }

    /**
     * As {@link #run(Path, OcrMode, boolean, int)}, giving files the sheet says no access for the
     * given one ({@code null}: restricted with a sheet, public without).
     */
    public JobExecution run(Path folder, OcrMode ocr, boolean parseInProcess, int threads, Access defaultAccess)
            throws Exception {
        abandoned.markFailed(IngestJobConfiguration.JOB_NAME);
        Optional<JobExecution> unfinished = unfinishedExecutionFor(folder);
        unfinished.filter(UncertainExecutions::isUncertain).ifPresent(uncertain::markFailed);
        JobParameters parameters = unfinished.isPresent()
                ? unfinished.get().getJobParameters()
                : newParameters(folder, ocr, parseInProcess, threads, defaultAccess);
        return jobLauncher.run(ingestJob, parameters);
    }

    /** The parameters of a new job instance that ingests the folder. */
    public JobParameters newParameters(Path folder, OcrMode ocr, boolean parseInProcess, int threads) {
        return newParameters(folder, ocr, parseInProcess, threads, null);
    }

    /** As {@link #newParameters(Path, OcrMode, boolean, int)}, with the default access when one was asked for. */
    public JobParameters newParameters(Path folder, OcrMode ocr, boolean parseInProcess, int threads,
            Access defaultAccess) {
        JobParametersBuilder builder = new JobParametersBuilder(jobExplorer)
                .getNextJobParameters(ingestJob)
                .addString(IngestJobConfiguration.FOLDER, folder.toAbsolutePath().normalize().toString(), true)
                .addString(IngestJobConfiguration.OCR, ocr.name().toLowerCase(Locale.ROOT), false)
                .addString(IngestJobConfiguration.PARSERS,
                        parseInProcess ? IngestJobConfiguration.IN_PROCESS : IngestJobConfiguration.ISOLATED, false)
                .addLong(IngestJobConfiguration.THREADS, (long) threads, false);
        if (defaultAccess != null) {
            builder.addString(IngestJobConfiguration.DEFAULT_ACCESS, defaultAccess.toString(), false);
        }
        return builder.toJobParameters();
    }

    /** Whether {@link #run} would resume an unfinished ingest of this folder. */
    public Optional<JobExecution> unfinishedExecutionFor(Path folder) {
        return newestExecutionFor(folder.toAbsolutePath().normalize().toString())
                .filter(execution -> execution.getStatus() == BatchStatus.FAILED
                        || execution.getStatus() == BatchStatus.STOPPED
                        || execution.getStatus() == BatchStatus.UNKNOWN);
    }

    private Optional<JobExecution> newestExecutionFor(String folder) {
        List<JobInstance> instances = jobExplorer.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, RECENT_INSTANCES);
        for (JobInstance instance : instances) {
            JobExecution last = jobExplorer.getLastJobExecution(instance);
            if (last != null && folder.equals(last.getJobParameters().getString(IngestJobConfiguration.FOLDER))) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }
}
