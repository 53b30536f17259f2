package org.disan.batch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.IngestJobConfiguration;
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

/** {@code disan jobs}: past ingest runs from the job repository, newest first. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List past ingest runs with their status.")
public class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private JobRepositoryOption jobRepository;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Job instances to show (default ${DEFAULT-VALUE}).")
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
        List<JobInstance> instances = explorer.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, Math.max(1, limit));
        out.printf("%5s  %-9s  %-19s  %8s  %8s  %6s  %6s  %s%n",
                "run", "status", "started", "took", "ingested", "dupl.", "failed", "folder");
        for (JobInstance instance : instances) {
            for (JobExecution execution : explorer.getJobExecutions(instance)) {
                out.println(row(execution));
            }
        }
        out.flush();
        return DisanCommandLine.SUCCESS;
    }

    private static String row(JobExecution execution) {
        StepExecution files = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("ingestFilesStep"))
                .findFirst().orElse(null);
        return String.format("%5d  %-9s  %-19s  %8s  %8s  %6s  %6s  %s",
                execution.getId(),
                execution.getStatus(),
                execution.getStartTime() == null ? "-" : WHEN.format(execution.getStartTime()),
                took(execution.getStartTime(), execution.getEndTime()),
                count(files, "outcomes.ingested"),
                count(files, "outcomes.duplicate"),
                count(files, "outcomes.failed"),
                execution.getJobParameters().getString(IngestJobConfiguration.FOLDER));
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
