package org.disan.batch.maintenance;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexPointer;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.ingest.AbandonedExecutions;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Launches the reindex and audit jobs in this thread. A reindex that did not finish is restarted
 * with its own parameters, so it continues filling the same new index (folder or Elasticsearch index).
 */
@Component
public class MaintenanceJobRunner {

    private final JobLauncher jobLauncher;
    private final JobExplorer jobExplorer;
    private final AbandonedExecutions abandoned;
    private final Job reindexJob;
    private final Job elasticsearchReindexJob;
    private final Job auditJob;
    private final DataFolder dataFolder;

    public MaintenanceJobRunner(JobLauncher jobLauncher, JobExplorer jobExplorer, JobRepository jobRepository,
            @Qualifier("reindexJob") Job reindexJob, @Qualifier("elasticsearchReindexJob") Job elasticsearchReindexJob,
            @Qualifier("auditJob") Job auditJob, DataFolder dataFolder) {
        this.jobLauncher = jobLauncher;
        this.jobExplorer = jobExplorer;
        this.abandoned = new AbandonedExecutions(jobExplorer, jobRepository);
        this.reindexJob = reindexJob;
        this.elasticsearchReindexJob = elasticsearchReindexJob;
        this.auditJob = auditJob;
        this.dataFolder = dataFolder;
    }

    /** Rebuilds the selected index: the embedded one, or the Elasticsearch alias. */
    public JobExecution reindex(IndexSelection selection) throws Exception {
        return selection.isEmbedded() ? reindexEmbedded() : reindexElasticsearch(selection.elasticsearch().orElseThrow());
    }

    private JobExecution reindexEmbedded() throws Exception {
        abandoned.markFailed(ReindexJobConfiguration.JOB_NAME);
        JobExecution unfinished = unfinished(ReindexJobConfiguration.JOB_NAME, parameters -> true);
        JobParameters parameters = unfinished != null
                ? unfinished.getJobParameters()
                : new JobParametersBuilder(jobExplorer)
                        .getNextJobParameters(reindexJob)
                        .addString(ReindexJobConfiguration.GENERATION,
                                new IndexPointer(dataFolder.root()).newGeneration(Clock.systemUTC()), true)
                        .toJobParameters();
        return jobLauncher.run(reindexJob, parameters);
    }

    private JobExecution reindexElasticsearch(ElasticsearchSettings settings) throws Exception {
        String job = ElasticsearchReindexJobConfiguration.JOB_NAME;
        String alias = settings.indexName();
        abandoned.markFailed(job);
        JobExecution unfinished = unfinished(job,
                parameters -> alias.equals(parameters.getString(ElasticsearchReindexJobConfiguration.ALIAS)));
        JobParameters parameters = unfinished != null
                ? unfinished.getJobParameters()
                : new JobParametersBuilder(jobExplorer)
                        .getNextJobParameters(elasticsearchReindexJob)
                        .addString(ElasticsearchReindexJobConfiguration.ALIAS, alias, true)
                        .toJobParameters();
        return jobLauncher.run(elasticsearchReindexJob, parameters);
    }

    public JobExecution audit() throws Exception {
        abandoned.markFailed(AuditJobConfiguration.JOB_NAME);
        JobParameters parameters = new JobParametersBuilder(jobExplorer).getNextJobParameters(auditJob).toJobParameters();
        return jobLauncher.run(auditJob, parameters);
    }

    /** The newest instance's last execution when it failed or stopped and is the same reindex. */
    private JobExecution unfinished(String jobName, Predicate<JobParameters> sameWork) {
        List<JobInstance> newest = jobExplorer.getJobInstances(jobName, 0, 1);
        if (newest.isEmpty()) {
            return null;
        }
        JobExecution last = jobExplorer.getLastJobExecution(newest.get(0));
        boolean resumable = last != null
                && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                && sameWork.test(last.getJobParameters());
        return resumable ? last : null;
    }
}
