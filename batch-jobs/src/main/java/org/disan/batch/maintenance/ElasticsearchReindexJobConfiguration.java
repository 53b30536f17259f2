package org.disan.batch.maintenance;

import java.util.List;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.IndexAliases;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reindex into Elasticsearch: {@code createElasticsearchIndexStep} creates a new physical
 * index beside the one the archive's alias points at, {@code rebuildElasticsearchIndexStep} fills
 * it from the store, and {@code switchElasticsearchAliasStep} moves the alias to it in one atomic
 * request once it holds as many records as the store, then deletes the index the alias left.
 *
 * <p>Parameter {@code alias} with {@code run.id} identifies an instance; the new index's name is
 * kept in the job's execution context, so a restarted reindex goes on filling the same index.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchReindexJobConfiguration {

    public static final String JOB_NAME = "elasticsearchReindexJob";
    public static final String ALIAS = "alias";

    @Bean(destroyMethod = "close")
    ElasticsearchTarget elasticsearchTarget(DataFolder dataFolder, IndexSelection selection) {
        return new ElasticsearchTarget(dataFolder, selection);
    }

    @Bean
    Job elasticsearchReindexJob(JobRepository jobRepository, Step createElasticsearchIndexStep,
            Step rebuildElasticsearchIndexStep, Step switchElasticsearchAliasStep,
            ReindexReportWriter reindexReportWriter) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .listener(reindexReportWriter)
                .start(createElasticsearchIndexStep)
                .next(rebuildElasticsearchIndexStep)
                .next(switchElasticsearchAliasStep)
                .build();
    }

    @Bean
    Step createElasticsearchIndexStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ElasticsearchTarget elasticsearchTarget) {
        return new StepBuilder("createElasticsearchIndexStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    ElasticsearchArchiveIndex index = elasticsearchTarget.index();
                    IndexAliases aliases = index.aliases();
                    String newIndex = aliases.newIndexName(index.alias());
                    aliases.createIndex(newIndex);
                    ExecutionContext job = jobContext(chunkContext);
                    job.putString(ReindexJobConfiguration.OLD_INDEX, String.join(", ", aliases.indicesBehind(index.alias())));
                    job.putString(ReindexJobConfiguration.NEW_INDEX, newIndex);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    NewElasticsearchIndexWriter newElasticsearchIndexWriter(ElasticsearchTarget elasticsearchTarget,
            @Value("#{jobExecutionContext['" + ReindexJobConfiguration.NEW_INDEX + "']}") String newIndex) {
        return new NewElasticsearchIndexWriter(elasticsearchTarget, newIndex);
    }

    @Bean
    Step rebuildElasticsearchIndexStep(ReindexJobConfiguration.RebuildSteps rebuildSteps,
            NewElasticsearchIndexWriter newElasticsearchIndexWriter) {
        return rebuildSteps.step("rebuildElasticsearchIndexStep", newElasticsearchIndexWriter);
    }

    @Bean
    Step switchElasticsearchAliasStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ElasticsearchTarget elasticsearchTarget, ArchiveStore archiveStore) {
        return new StepBuilder("switchElasticsearchAliasStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    ElasticsearchArchiveIndex index = elasticsearchTarget.index();
                    ExecutionContext job = jobContext(chunkContext);
                    String newIndex = job.getString(ReindexJobConfiguration.NEW_INDEX);
                    long stored = StoredRecordIdReader.storedIds(archiveStore.root()).size();
                    long indexed = index.countIn(newIndex);
                    if (indexed != stored) {
                        throw new IllegalStateException("the new Elasticsearch index " + newIndex + " holds "
                                + indexed + " records but the store " + stored + "; the alias " + index.alias()
                                + " still points at the index before");
                    }
                    List<String> previous = index.aliases().switchAlias(index.alias(), newIndex);
                    job.putString(ReindexJobConfiguration.OLD_INDEX, String.join(", ", previous));
                    previous.forEach(index.aliases()::deleteIndex);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    private static ExecutionContext jobContext(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
