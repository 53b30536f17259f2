package org.disan.batch.ingest;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.OcrMode;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: {@code scanSubmissionStep} → {@code ingestFilesStep} → {@code reportStep}.
 * {@code ingestFilesStep} deals the submission's files out to partitions and runs
 * {@link IngestFileRangeStepConfiguration#STEP_NAME} on each (chunks of files: read, ingest,
 * index in bulk), in threads of this process or, with {@link RemotePartitions}, in worker
 * processes. A restart runs only the partitions that did not complete, each from its last chunk.
 *
 * <p>Parameters: {@code folder} (absolute path) and {@code run.id} identify a job instance, so
 * every new ingest of a folder is a new instance while a failed one can be restarted with its
 * own parameters; {@code ocr} (off, auto, on), {@code parsers} (isolated, in-process) and
 * {@code threads} (partitions, default 1; a restart keeps the first run's) and
 * {@code default-access} do not identify it.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestJob";
    public static final String FOLDER = "folder";
    public static final String OCR = "ocr";
    /** {@code isolated} (parser processes, the default) or {@code in-process}. */
    public static final String PARSERS = "parsers";
    public static final String IN_PROCESS = "in-process";
    public static final String ISOLATED = "isolated";
    public static final String THREADS = "threads";
    /** Who sent the submission through the API (a name derived from its token); absent otherwise. */
    public static final String SUBMITTER = "submitter";
    /**
     * The access of files the metadata sheet gives none for ({@code public}, {@code restricted},
     * {@code embargoed:YYYY-MM-DD}); absent for the default (restricted with a sheet, public without).
     */
    public static final String DEFAULT_ACCESS = "default-access";
    /** The partitioned step; its partitions are {@link IngestFileRangeStepConfiguration#STEP_NAME} steps. */
    public static final String FILES_STEP = "ingestFilesStep";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step scanSubmissionStep, Step ingestFilesStep, Step reportStep,
            DataFolder dataFolder) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .listener(new UnpackedSubmissions(dataFolder))
                .start(scanSubmissionStep)
                .next(ingestFilesStep)
                .next(reportStep)
                .build();
    }

    @Bean
    SubmissionScanning submissionScanning(DataFolder dataFolder) {
        return SubmissionScanning.unpackingInto(dataFolder.unpacked());
    }

    @Bean
    @JobScope
    SubmissionSource submissionSource(@Value("#{jobParameters['" + FOLDER + "']}") String folder,
            @Value("#{jobParameters['" + DEFAULT_ACCESS + "']}") String defaultAccess, SubmissionScanning scanning) {
        return SubmissionSource.ofJob(folder, defaultAccess, scanning);
    }

    /** One for the process: it follows whichever ingest runs here (one at a time per data folder). */
    @Bean
    IngestProgress ingestProgress(
            @Qualifier(IngestProgressOutput.BEAN) ObjectProvider<PrintWriter> output, SubmissionSource source,
            PartitionExecutions partitionExecutions) {
        PrintWriter out = output.getIfAvailable(() -> new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        return new IngestProgress(out, source, partitionExecutions);
    }

    @Bean
    Step scanSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SubmissionSource submissionSource, IngestProgress ingestProgress, DataFolder dataFolder) {
        return new StepBuilder("scanSubmissionStep", jobRepository)
                .tasklet(new ScanSubmissionTasklet(submissionSource, ingestProgress), transactionManager)
                .listener(StepMarks.INSTANCE)
                .listener(new BagInfoKeeper(submissionSource, dataFolder.collections()))
                .build();
    }

    @Bean
    @JobScope
    FileSharePartitioner fileSharePartitioner(SubmissionSource submissionSource) {
        return new FileSharePartitioner(submissionSource::submission);
    }

    /**
     * Runs the partitions in {@code threads} threads of this process, {@link
     * LargestFirstPartitionHandler#PER_THREAD} partitions per thread, or sends one partition per
     * thread to worker processes when this process was started as a remote manager.
     */
    @Bean
    @JobScope
    PartitionHandler ingestPartitionHandler(@Value("#{jobParameters['" + THREADS + "']}") Long threads,
            Step ingestFileRangeStep, ObjectProvider<RemotePartitions> remote, JobRepository jobRepository) {
        int parallel = threadCount(threads);
        RemotePartitions workers = remote.getIfAvailable();
        if (workers != null) {
            return workers.handler(parallel);
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("disan-ingest-");
        executor.setConcurrencyLimit(parallel);
        TaskExecutorPartitionHandler handler = new LargestFirstPartitionHandler(jobRepository);
        handler.setStep(ingestFileRangeStep);
        handler.setTaskExecutor(executor);
        handler.setGridSize(parallel * LargestFirstPartitionHandler.PER_THREAD);
        return handler;
    }

    @Bean
    Step ingestFilesStep(JobRepository jobRepository, FileSharePartitioner fileSharePartitioner,
            PartitionHandler ingestPartitionHandler, PartitionExecutions partitionExecutions,
            IngestProgress ingestProgress, SubmissionSource submissionSource) {
        return new StepBuilder(FILES_STEP, jobRepository)
                .partitioner(IngestFileRangeStepConfiguration.STEP_NAME, fileSharePartitioner)
                .partitionHandler(ingestPartitionHandler)
                .aggregator(new PartitionOutcomeAggregator(partitionExecutions))
                .listener(new UnchangedSubmission(submissionSource, partitionExecutions))
                .listener((StepExecutionListener) ingestProgress)
                .listener(StepMarks.INSTANCE)
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SubmissionSource submissionSource, IngestReports ingestReports, DataFolder dataFolder) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(new ReportTasklet(submissionSource, ingestReports, dataFolder), transactionManager)
                .listener(StepMarks.INSTANCE)
                .build();
    }

    static int threadCount(Long threads) {
        return threads == null ? 1 : (int) Math.max(1, threads);
    }

    static OcrMode ocrMode(String value) {
        return value == null ? OcrMode.AUTO : OcrMode.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
