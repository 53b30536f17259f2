package org.disan.batch.web.jobs;

import org.disan.batch.ingest.AbandonedExecutions;
import org.disan.batch.ingest.IngestApplication;
import org.disan.batch.ingest.IngestJobConfiguration;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.batch.BatchTaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The batch side of the web archive: the ingest job with its store, index and reports (the very
 * beans the pages read, so new records are found as soon as a chunk is indexed) on the data
 * folder's job repository, launched in the background one job after another.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = IngestJobConfiguration.class,
        excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = IngestApplication.class))
public class JobInfrastructure {

    /**
     * The job launcher's executor: {@code run} returns at once with the new execution's id. One
     * thread, so submissions are ingested in the order they came, never two into the index at once.
     */
    @Bean
    @BatchTaskExecutor
    TaskExecutor jobLaunchExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("disan-job-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        return executor;
    }

    /**
     * Jobs that still look as if they run when the archive starts were left by a stopped process:
     * this process holds the embedded job repository alone, so they are marked failed.
     */
    @Bean
    ApplicationRunner abandonedIngestsMarkedFailed(AbandonedExecutions abandoned) {
        return arguments -> abandoned.markFailed(IngestJobConfiguration.JOB_NAME);
    }
}
