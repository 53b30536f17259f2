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
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reindex job: {@code rebuildIndexStep} writes every stored record into a fresh index
 * generation, then {@code switchIndexStep} makes it the live index once it holds them all.
 *
 * <p>Parameter {@code generation} (the new folder's name) with {@code run.id} identifies an
 * instance, so a failed reindex restarted with its own parameters continues the same folder.
 */
@Configuration(proxyBeanMethods = false)
public class ReindexJobConfiguration {

    public static final String JOB_NAME = "reindexJob";
    public static final String GENERATION = "generation";
    static final int CHUNK_SIZE = 100;

    @Bean
    Job reindexJob(JobRepository jobRepository, Step rebuildIndexStep, Step switchIndexStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
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
    FreshIndexWriter freshIndexWriter(DataFolder dataFolder,
            @Value("#{jobParameters['" + GENERATION + "']}") String generation) {
        return new FreshIndexWriter(dataFolder.root().resolve(generation));
    }

    @Bean
    Step rebuildIndexStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StoredRecordIdReader reindexRecordIdReader, ArchiveStore archiveStore, FreshIndexWriter freshIndexWriter) {
        return new StepBuilder("rebuildIndexStep", jobRepository)
                .<String, ArchiveRecord>chunk(CHUNK_SIZE, transactionManager)
                .reader(reindexRecordIdReader)
                .processor(id -> archiveStore.read(id).orElseThrow(
                        () -> new IllegalStateException("record " + id + " vanished from the store during the reindex")))
                .writer(freshIndexWriter)
                .build();
    }

    @Bean
    Step switchIndexStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DataFolder dataFolder, ArchiveStore archiveStore) {
        return new StepBuilder("switchIndexStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    String generation = (String) chunkContext.getStepContext().getJobParameters().get(GENERATION);
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
}
