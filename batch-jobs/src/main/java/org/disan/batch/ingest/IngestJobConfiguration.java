package org.disan.batch.ingest;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestSettings;
import org.disan.ingest.OcrMode;
import org.disan.ingest.ParserIsolation;
import org.disan.ingest.StageClock;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.disan.search.ArchiveIndex;
import org.springframework.batch.core.ItemProcessListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: {@code scanSubmissionStep} → {@code ingestFilesStep} (chunks of files: read,
 * ingest, index in bulk) → {@code reportStep}.
 *
 * <p>Parameters: {@code folder} (absolute path) and {@code run.id} identify a job instance, so
 * every new ingest of a folder is a new instance while a failed one can be restarted with its
 * own parameters; {@code ocr} (off, auto, on), {@code parsers} (isolated, in-process) and
 * {@code threads} (chunks processed at once, default 1) do not identify it.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestJob";
    public static final String FOLDER = "folder";
    public static final String OCR = "ocr";
    /** {@code isolated} (parser processes, the default) or {@code in-process}. */
    public static final String PARSERS = "parsers";
    public static final String IN_PROCESS = "in-process";
    public static final String THREADS = "threads";
    static final int CHUNK_SIZE = 10;

    @Bean
    Job ingestJob(JobRepository jobRepository, Step scanSubmissionStep, Step ingestFilesStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .start(scanSubmissionStep)
                .next(ingestFilesStep)
                .next(reportStep)
                .build();
    }

    @Bean
    @JobScope
    SubmissionSource submissionSource(@Value("#{jobParameters['" + FOLDER + "']}") String folder,
            DataFolder dataFolder) {
        return new SubmissionSource(Path.of(folder), dataFolder.unpacked());
    }

    @Bean
    @JobScope
    IngestProgress ingestProgress(
            @Qualifier(IngestProgressOutput.BEAN) ObjectProvider<PrintWriter> output, SubmissionSource source) {
        PrintWriter out = output.getIfAvailable(() -> new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        return new IngestProgress(out, source);
    }

    @Bean
    Step scanSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SubmissionSource submissionSource, IngestProgress ingestProgress) {
        return new StepBuilder("scanSubmissionStep", jobRepository)
                .tasklet(new ScanSubmissionTasklet(submissionSource, ingestProgress), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    SubmittedFileReader submittedFileReader(SubmissionSource submissionSource,
            @Value("#{jobParameters['" + THREADS + "']}") Long threads) {
        SubmittedFileReader reader = new SubmittedFileReader(() -> submissionSource.submission().files());
        // With chunks committed out of order a saved position could skip files on restart;
        // a restart then starts over, and files already stored come back as duplicates.
        reader.setSaveState(threadCount(threads) == 1);
        return reader;
    }

    /** Runs chunks one after another, or {@code threads} at a time. */
    @Bean
    @JobScope
    TaskExecutor ingestTaskExecutor(@Value("#{jobParameters['" + THREADS + "']}") Long threads) {
        int count = threadCount(threads);
        if (count == 1) {
            return new SyncTaskExecutor();
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("disan-ingest-");
        executor.setCorePoolSize(count);
        executor.setMaxPoolSize(count);
        // Job-scoped beans (progress, submission) are looked up per thread: carry the job over.
        // close() only unregisters; release() would close the job's context and its beans mid-run.
        executor.setTaskDecorator(task -> {
            JobExecution job = JobSynchronizationManager.getContext().getJobExecution();
            return () -> {
                JobSynchronizationManager.register(job);
                try {
                    task.run();
                } finally {
                    JobSynchronizationManager.close();
                }
            };
        });
        executor.initialize();
        return executor;
    }

    @Bean
    @StepScope
    FileIngestingProcessor fileIngestingProcessor(ArchiveStore archiveStore, SubmissionSource submissionSource,
            @Value("#{jobParameters['" + OCR + "']}") String ocr,
            @Value("#{jobParameters['" + PARSERS + "']}") String parsers,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, StageClock ingestStageClock) {
        IngestSettings settings = IngestSettings.defaults().withOcrMode(ocrMode(ocr));
        ParserIsolation isolation = IN_PROCESS.equals(parsers) ? null : ParserWorkers.forThisApplication();
        return new FileIngestingProcessor(archiveStore, settings, isolation, submissionSource.submission().name(),
                jobExecutionId, ingestStageClock);
    }

    @Bean
    @StepScope
    OutcomeIndexingWriter outcomeIndexingWriter(ArchiveIndex archiveIndex, IngestReports ingestReports,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId,
            StageClock ingestStageClock) {
        return new OutcomeIndexingWriter(archiveIndex, ingestReports.outcomeLog(jobInstanceId), ingestStageClock);
    }

    @Bean
    Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SubmittedFileReader submittedFileReader, FileIngestingProcessor fileIngestingProcessor,
            OutcomeIndexingWriter outcomeIndexingWriter, IngestProgress ingestProgress,
            @Qualifier("ingestTaskExecutor") TaskExecutor ingestTaskExecutor,
            RetryPolicy indexRetryPolicy, BackOffPolicy indexBackOffPolicy, SkipPolicy refusedRecordSkipPolicy) {
        return new StepBuilder("ingestFilesStep", jobRepository)
                .<SubmittedFile, IngestOutcome>chunk(CHUNK_SIZE, transactionManager)
                .reader(submittedFileReader)
                .processor(fileIngestingProcessor)
                .writer(outcomeIndexingWriter)
                // Fault tolerance (IndexFaultTolerance); a retried chunk reuses its processed
                // outcomes, since running the processor again would make each stored file a DUPLICATE.
                .faultTolerant()
                .processorNonTransactional()
                .retryPolicy(indexRetryPolicy)
                .backOffPolicy(indexBackOffPolicy)
                .skipPolicy(refusedRecordSkipPolicy)
                .listener((StepExecutionListener) ingestProgress)
                .listener((ItemProcessListener<SubmittedFile, IngestOutcome>) ingestProgress)
                .taskExecutor(ingestTaskExecutor)
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SubmissionSource submissionSource, IngestReports ingestReports, DataFolder dataFolder) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(new ReportTasklet(submissionSource, ingestReports, dataFolder), transactionManager)
                .build();
    }

    static int threadCount(Long threads) {
        return threads == null ? 1 : (int) Math.max(1, threads);
    }

    static OcrMode ocrMode(String value) {
        return value == null ? OcrMode.AUTO : OcrMode.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
