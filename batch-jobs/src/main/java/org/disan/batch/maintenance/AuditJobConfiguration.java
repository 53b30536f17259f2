package org.disan.batch.maintenance;

import org.disan.batch.data.DataFolder;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit job: {@code verifyOriginalsStep} hashes every stored original again and writes a
 * finding for each one that changed, vanished or cannot be read. Findings are data, not
 * failures: the job completes and the command's exit code tells whether any were found. Every
 * run writes a report ({@link AuditReportWriter}).
 */
@Configuration(proxyBeanMethods = false)
public class AuditJobConfiguration {

    public static final String JOB_NAME = "auditJob";
    static final int CHUNK_SIZE = 20;

    @Bean
    Job auditJob(JobRepository jobRepository, Step verifyOriginalsStep, DataFolder dataFolder) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .listener(new AuditReportWriter(dataFolder))
                .start(verifyOriginalsStep)
                .build();
    }

    @Bean
    @StepScope
    StoredRecordIdReader auditRecordIdReader(ArchiveStore archiveStore) {
        return new StoredRecordIdReader("auditRecordIdReader", archiveStore.root());
    }

    @Bean
    @StepScope
    AuditFindings auditFindings(DataFolder dataFolder,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return new AuditFindings(dataFolder.reports(), jobInstanceId);
    }

    @Bean
    Step verifyOriginalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StoredRecordIdReader auditRecordIdReader, ArchiveStore archiveStore, AuditFindings auditFindings) {
        return new StepBuilder("verifyOriginalsStep", jobRepository)
                .<String, AuditFinding>chunk(CHUNK_SIZE, transactionManager)
                .reader(auditRecordIdReader)
                .processor(new OriginalVerifier(archiveStore))
                .writer(auditFindings)
                .build();
    }
}
