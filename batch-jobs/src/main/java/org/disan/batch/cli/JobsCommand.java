package org.disan.batch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.IngestJobConfiguration;
import org.disan.batch.maintenance.AuditJobConfiguration;
import org.disan.batch.maintenance.ElasticsearchReindexJobConfiguration;
import org.disan.batch.maintenance.ReindexJobConfiguration;
import org.disan.batch.report.JobReportFiles;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.explore.support.JobExplorerFactoryBean;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code disan jobs}: past runs of every job (ingest, reindex, audit) from the job repository, newest first. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List past runs of the ingest, reindex and audit jobs with status, start, duration and report.")
public class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> JOBS = List.of(IngestJobConfiguration.JOB_NAME, ReindexJobConfiguration.JOB_NAME,
            ElasticsearchReindexJobConfiguration.JOB_NAME, AuditJobConfiguration.JOB_NAME);

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private JobRepositoryOption jobRepository;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Job instances to show per job (default ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() throws Exception {
        DataFolder dataFolder = data.dataFolder();
        PrintWriter out = spec.commandLine().getOut();
        JobRepositoryLocation repository = jobRepository.location(dataFolder);
        if (repository.embedded() && !dataFolder.hasJobRepository()) {
            out.println("No jobs have run in " + dataFolder.root() + " yet.");
            return DisanCommandLine.SUCCESS;
        }
        JobExplorer explorer = DataFolderInUse.translate(dataFolder, () -> explorer(dataFolder, repository));
        List<JobExecution> executions = new ArrayList<>();
        for (String job : JOBS) {
            for (JobInstance instance : explorer.getJobInstances(job, 0, Math.max(1, limit))) {
                executions.addAll(explorer.getJobExecutions(instance));
            }
        }
        executions.sort(Comparator.comparing(JobExecution::getId).reversed());
        JobReportFiles reports = new JobReportFiles(dataFolder.reports());
        out.printf("%5s  %-9s  %-7s  %-19s  %8s  %s%n", "run", "status", "job", "started", "took", "report / what");
        for (JobExecution execution : executions) {
            out.println(row(execution, reports));
        }
        out.flush();
        return DisanCommandLine.SUCCESS;
    }

    private static String row(JobExecution execution, JobReportFiles reports) {
        String kind = JobReportFiles.kindOf(execution.getJobInstance().getJobName());
        Path page = reports.page(kind, execution.getJobInstance().getInstanceId());
        return String.format("%5d  %-9s  %-7s  %-19s  %8s  %s%s",
                execution.getId(),
                execution.getStatus(),
                kind,
                execution.getStartTime() == null ? "-" : WHEN.format(execution.getStartTime()),
                took(execution.getStartTime(), execution.getEndTime()),
                Files.exists(page) ? page : "(no report)",
                what(execution));
    }

    /** For an ingest, its counts and folder; for a reindex into Elasticsearch, the alias. */
    private static String what(JobExecution execution) {
        String folder = execution.getJobParameters().getString(IngestJobConfiguration.FOLDER);
        if (folder != null) {
            StepExecution files = execution.getStepExecutions().stream()
                    .filter(step -> step.getStepName().equals(IngestJobConfiguration.FILES_STEP))
                    .findFirst().orElse(null);
            return "  ingested " + count(files, "outcomes.ingested") + ", duplicates " + count(files, "outcomes.duplicate")
                    + ", failed " + count(files, "outcomes.failed") + "  " + folder;
        }
        String alias = execution.getJobParameters().getString(ElasticsearchReindexJobConfiguration.ALIAS);
        return alias == null ? "" : "  Elasticsearch alias " + alias;
    }

    private static String count(StepExecution step, String key) {
        return step == null || !step.getExecutionContext().containsKey(key)
                ? "-" : String.valueOf(step.getExecutionContext().getLong(key));
    }

    private static String took(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration took = Duration.between(start, end);
        return took.toSeconds() + "." + took.toMillisPart() / 100 + "s";
    }

    private static JobExplorer explorer(DataFolder dataFolder, JobRepositoryLocation repository) {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(repository.url(), repository.user(), repository.password());
        try {
            JobExplorerFactoryBean factory = new JobExplorerFactoryBean();
            factory.setDataSource(dataSource);
            factory.setTransactionManager(new JdbcTransactionManager(dataSource));
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the job repository of " + dataFolder.root(), e);
        }
    }
}
