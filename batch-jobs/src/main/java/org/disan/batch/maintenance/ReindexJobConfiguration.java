package org.disan.batch.maintenance;

import java.nio.file.Path;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexPointer;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reindex of the embedded index: {@code rebuildIndexStep} writes every stored record into a
 * fresh index generation, then {@code switchIndexStep} makes it the live index once it holds
 * them all. A record that cannot be read or indexed is skipped and reported, which keeps the
 * switch from happening; an index that is unavailable is retried, then fails the job.
 *
 * <p>Parameter {@code generation} (the new folder's name) with {@code run.id} identifies an
 * instance, so a failed reindex restarted with its own parameters continues the same folder. The
 * rebuild runs again on a restart after it completed (an upsert by id, so nothing is doubled), so
 * that a restart after fixing a refused record can still switch.
 */
@Configuration(proxyBeanMethods = false)
public class ReindexJobConfiguration {

    public static final String JOB_NAME = "reindexJob";
    public static final String GENERATION = "generation";
    /** Job execution context keys: the index searches used before, and the one being built. */
    static final String OLD_INDEX = "reindex.old";
    static final String NEW_INDEX = "reindex.new";
    static final int CHUNK_SIZE = 100;

    @Bean
    Job reindexJob(JobRepository jobRepository, Step rebuildIndexStep, Step switchIndexStep,
            ReindexReportWriter reindexReportWriter) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .listener(reindexReportWriter)
                .start(rebuildIndexStep)
                .next(switchIndexStep)
                .build();
    }

    @Bean
    @StepScope
    StoredRecordIdReader reindexRecordIdReader(ArchiveStore archiveStore) {
        return new StoredRecordIdReader("reindexRecordIdReader", archiveStore.root());
    }

    @Bean
    @StepScope
    ReindexFailures reindexFailures(DataFolder dataFolder,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return new ReindexFailures(dataFolder.reports(), jobInstanceId);
    }

    @Bean
    @StepScope
    FreshIndexWriter freshIndexWriter(DataFolder dataFolder,
            @Value("#{jobParameters['" + GENERATION + "']}") String generation) {
        return new FreshIndexWriter(dataFolder.root().resolve(generation));
    }

    @Bean
    Step rebuildIndexStep(RebuildSteps rebuildSteps, FreshIndexWriter freshIndexWriter) {
        return rebuildSteps.step("rebuildIndexStep", freshIndexWriter);
    }

    @Bean
    RebuildSteps rebuildSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StoredRecordIdReader reindexRecordIdReader, ArchiveStore archiveStore, ReindexFailures reindexFailures,
            RetryPolicy indexRetryPolicy, BackOffPolicy indexBackOffPolicy) {
        return new RebuildSteps(jobRepository, transactionManager, reindexRecordIdReader,
                new StoredRecordProcessor(archiveStore), reindexFailures, indexRetryPolicy, indexBackOffPolicy);
    }

    @Bean
    Step switchIndexStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DataFolder dataFolder, ArchiveStore archiveStore) {
        return new StepBuilder("switchIndexStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    String generation = (String) chunkContext.getStepContext().getJobParameters().get(GENERATION);
                    ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                            .getExecutionContext();
                    job.putString(OLD_INDEX, dataFolder.index().getFileName().toString());
                    job.putString(NEW_INDEX, generation);
                    Path folder = dataFolder.root().resolve(generation);
                    long stored = StoredRecordIdReader.storedIds(archiveStore.root()).size();
                    long indexed = FreshIndexWriter.count(folder);
                    if (indexed != stored) {
                        throw new IllegalStateException("the new index " + folder + " holds " + indexed
                                + " records but the store " + stored + "; the live index was left as it was");
                    }
                    new IndexPointer(dataFolder.root()).switchTo(generation);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** The rebuild step of either reindex, which differ only in where they write. */
    static final class RebuildSteps {

        private final JobRepository jobRepository;
        private final PlatformTransactionManager transactionManager;
        private final StoredRecordIdReader reader;
        private final StoredRecordProcessor processor;
        private final ReindexFailures failures;
        private final RetryPolicy retryPolicy;
        private final BackOffPolicy backOffPolicy;

        RebuildSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                StoredRecordIdReader reader, StoredRecordProcessor processor, ReindexFailures failures,
                RetryPolicy retryPolicy, BackOffPolicy backOffPolicy) {
            this.jobRepository = jobRepository;
            this.transactionManager = transactionManager;
            this.reader = reader;
            this.processor = processor;
            this.failures = failures;
            this.retryPolicy = retryPolicy;
            this.backOffPolicy = backOffPolicy;
        }

        Step step(String name, ItemWriter<ArchiveRecord> writer) {
            return new StepBuilder(name, jobRepository)
                    .<String, ArchiveRecord>chunk(CHUNK_SIZE, transactionManager)
                    .reader(reader)
                    .processor(processor)
                    .writer(writer)
                    .faultTolerant()
                    .processorNonTransactional()
                    .retryPolicy(retryPolicy)
                    .backOffPolicy(backOffPolicy)
                    .skipPolicy(new ReindexSkipPolicy())
                    .listener(failures)
                    .allowStartIfComplete(true)
                    .build();
        }
    }
}
