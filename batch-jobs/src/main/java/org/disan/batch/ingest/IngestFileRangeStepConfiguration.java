package org.disan.batch.ingest;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestSettings;
import org.disan.ingest.ParserIsolation;
import org.disan.ingest.StageClock;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.disan.search.ArchiveIndex;
import org.springframework.batch.core.ItemProcessListener;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worker step of the ingest: one partition's share of the files, in chunks (read, ingest, index
 * in bulk), its reader's position saved with every chunk so a restart resumes the partition
 * after its last committed chunk. Its beans are step-scoped and take the job's parameters from
 * the step execution, so the step runs the same in a thread of the job's process and in a
 * {@code disan worker} process where no job scope is active.
 */
@Configuration(proxyBeanMethods = false)
public class IngestFileRangeStepConfiguration {

    public static final String STEP_NAME = "ingestFileRangeStep";
    /**
     * Files per chunk: per transaction of the job repository and per bulk call to the index. Each
     * chunk ends in an index commit, which writes a new segment and syncs it to disk, and the
     * merges of those segments; with ten files a chunk they took half the index stage's time.
     */
    public static final int CHUNK_SIZE = 50;

    @Bean
    @StepScope
    PartitionFiles partitionFiles(@Value("#{jobParameters['" + IngestJobConfiguration.FOLDER + "']}") String folder,
            @Value("#{jobParameters['" + IngestJobConfiguration.DEFAULT_ACCESS + "']}") String defaultAccess,
            @Value("#{stepExecution.executionContext}") ExecutionContext partition, SubmissionScanning scanning) {
        return new PartitionFiles(partition, SubmissionSource.ofJob(folder, defaultAccess, scanning));
    }

    @Bean
    @StepScope
    SubmittedFileReader submittedFileReader(PartitionFiles partitionFiles) {
        return new SubmittedFileReader(partitionFiles::files);
    }

    @Bean
    @StepScope
    FileIngestingProcessor fileIngestingProcessor(ArchiveStore archiveStore, PartitionFiles partitionFiles,
            @Value("#{jobParameters['" + IngestJobConfiguration.OCR + "']}") String ocr,
            @Value("#{jobParameters['" + IngestJobConfiguration.PARSERS + "']}") String parsers,
            @Value("#{jobParameters['" + IngestJobConfiguration.THREADS + "']}") Long threads,
            @Value("#{stepExecution.jobExecution}") JobExecution jobExecution, JobExplorer jobExplorer,
            StageClock ingestStageClock) {
        IngestSettings settings = IngestSettings.defaults().withOcrMode(IngestJobConfiguration.ocrMode(ocr));
        // The partitions of this process share one parser process, which reads their files at once.
        ParserIsolation isolation = IngestJobConfiguration.IN_PROCESS.equals(parsers)
                ? null : ApplicationParserIsolation.forThisApplication(threads == null ? 1 : threads.intValue());
        // A redone chunk finds the files that an earlier execution of this job instance stored.
        Set<Long> executions = jobExplorer.getJobExecutions(jobExecution.getJobInstance()).stream()
                .map(JobExecution::getId).collect(Collectors.toSet());
        executions.add(jobExecution.getId());
        return new FileIngestingProcessor(archiveStore, settings, isolation, partitionFiles.submissionName(),
                jobExecution.getId(), ingestStageClock, new RedoneFiles(partitionFiles.submissionName(), executions));
    }

    @Bean
    @StepScope
    OutcomeIndexingWriter outcomeIndexingWriter(ArchiveIndex archiveIndex, IngestReports ingestReports,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId,
            StageClock ingestStageClock) {
        return new OutcomeIndexingWriter(archiveIndex, ingestReports.outcomeLog(jobInstanceId), ingestStageClock);
    }

    @Bean
    Step ingestFileRangeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SubmittedFileReader submittedFileReader, FileIngestingProcessor fileIngestingProcessor,
            OutcomeIndexingWriter outcomeIndexingWriter, IngestProgress ingestProgress,
            RetryPolicy indexRetryPolicy, BackOffPolicy indexBackOffPolicy) {
        return new StepBuilder(STEP_NAME, jobRepository)
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
                .listener((ItemProcessListener<SubmittedFile, IngestOutcome>) ingestProgress)
                .listener(new CompletedPartitionForgetsItsFiles())
                .build();
    }
}
