package org.disan.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.IngestApplication;
import org.disan.batch.ingest.IngestJobRunner;
import org.disan.batch.ingest.IngestReports;
import org.disan.batch.ingest.ApplicationParserIsolation;
import org.disan.batch.ingest.remote.RemotePartitioning;
import org.disan.ingest.FileIngester;
import org.disan.ingest.submission.SubmissionSize;
import org.disan.ingest.OcrMode;
import org.disan.ingest.StartupMarks;
import org.disan.ingest.model.Access;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code disan ingest <folder>}: runs the ingest job over a submission folder. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Ingest a folder of files (with an optional metadata.csv), a BagIt bag or a zip into the archive.",
            "Re-running is safe: files already stored are reported as duplicates.",
            "If the last ingest of the same folder did not finish, it resumes where it stopped."
        })
public class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private IndexOptions index;

    @Mixin
    private JobRepositoryOption jobRepository;

    @Parameters(paramLabel = "FOLDER", description = "The submission to ingest: a folder, a BagIt bag or a .zip.")
    private Path folder;

    @Option(names = "--ocr", defaultValue = "auto", paramLabel = "off|auto|on",
            description = "OCR: off, auto (scans and image-only PDF pages; default) or on (every image).")
    private OcrMode ocr;

    @Option(names = "--parse-in-process",
            description = "Parse files inside this process: starts faster, but a parser that hangs or runs "
                    + "out of memory cannot be stopped. By default each file is parsed in a separate "
                    + "parser process that is killed when it overruns.")
    private boolean parseInProcess;

    @Option(names = "--threads", paramLabel = "N",
            description = "Split the files into N partitions processed at once (default: the number of "
                    + "processors); with --remote-workers, the partitions sent to the workers. "
                    + "A resumed ingest keeps the partitions it started with.")
    private Integer threads;

    @Option(names = "--remote-workers",
            description = "Send the partitions to `disan worker` processes (on this or other machines) through "
                    + "RabbitMQ instead of processing them here. Needs a PostgreSQL --job-repository and "
                    + "Elasticsearch (--es-url) that the workers share, and the same data folder and "
                    + "submission path on every machine.")
    private boolean remoteWorkers;

    @Option(names = "--default-access", paramLabel = "public|restricted|embargoed:DATE",
            description = "Access of files the metadata.csv gives none for (no usable row, or a blank access "
                    + "cell), and of every file of a submission without a sheet. Default: restricted when "
                    + "the submission has a metadata.csv, public when it has none.")
    private String defaultAccess;

    @Mixin
    private BrokerOptions broker;

    @Override
    public Integer call() throws Exception {
        IndexSelection selection = index.selection();
        Access access = defaultAccess();
        Path source = checkedFolder();
        DataFolder dataFolder = preparedDataFolder(source);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JobRepositoryLocation repository = jobRepository.location(dataFolder);
        Map<String, Object> remote = remoteManager(repository, selection, dataFolder, err);
        if (!selection.isEmbedded()) {
            err.println("Indexing into " + selection.describe(dataFolder));
        }
        int partitions = partitions();
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder);
                ConfigurableApplicationContext context = DataFolderInUse.translate(dataFolder,
                        () -> startApplication(dataFolder, selection, repository, err, remote, partitions, source))) {
            StartupMarks.mark("context");
            JobExecution execution = context.getBean(IngestJobRunner.class)
                    .run(source, ocr, parseInProcess, partitions, access);
            IngestReports reports = context.getBean(IngestReports.class);
            long instanceId = execution.getJobInstance().getInstanceId();
            if (Files.exists(reports.summaryFile(instanceId))) {
                new IngestSummary(out).print(reports.read(instanceId), reports.summaryFile(instanceId));
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                new IngestSummary(err).printFailure(execution);
                return DisanCommandLine.FAILURE;
            }
            return DisanCommandLine.SUCCESS;
        }
    }

    /**
     * Starts the parser process the files will need (unless they are parsed here or by remote
     * workers) and loads what identifying them needs, while the application starts and the
     * submission is scanned; then the application.
     */
    private ConfigurableApplicationContext startApplication(DataFolder dataFolder, IndexSelection selection,
            JobRepositoryLocation repository, PrintWriter err, Map<String, Object> remote, int partitions,
            Path source) {
        if (!parseInProcess && !remoteWorkers) {
            ApplicationParserIsolation.startAhead(partitions);
        }
        if (!remoteWorkers) {
            FileIngester.loadAhead(parseInProcess, SubmissionSize.isSmall(source));
        }
        return IngestApplication.start(dataFolder, selection, repository, err, remote);
    }

    /** The properties that make this process a remote manager, when asked to be one. */
    private Map<String, Object> remoteManager(JobRepositoryLocation repository, IndexSelection selection,
            DataFolder dataFolder, PrintWriter err) {
        if (!remoteWorkers) {
            return Map.of();
        }
        BrokerOptions.checkShareable(repository, selection, dataFolder);
        RemotePartitioning manager = broker.as(RemotePartitioning.Role.MANAGER);
        err.println("Partitions go to the workers on " + manager.describe());
        return manager.springProperties();
    }

    private Access defaultAccess() {
        try {
            return defaultAccess == null ? null : Access.parse(defaultAccess);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--default-access: " + e.getMessage(), e);
        }
    }

    private int partitions() {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new UserInputException("--threads must be at least 1, not " + threads);
        }
        return threads;
    }

    private Path checkedFolder() {
        Path source = folder.toAbsolutePath().normalize();
        if (!Files.exists(source)) {
            throw new UserInputException("no such folder: " + source);
        }
        boolean zip = Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (!Files.isDirectory(source) && !zip) {
            throw new UserInputException("not a folder or a zip: " + source + " (give the folder that holds the files)");
        }
        if (!Files.isReadable(source)) {
            throw new UserInputException("cannot read the folder " + source);
        }
        return source;
    }

    private DataFolder preparedDataFolder(Path source) {
        DataFolder dataFolder = data.dataFolder();
        if (dataFolder.root().startsWith(source)) {
            throw new UserInputException("the data folder " + dataFolder.root()
                    + " is inside the folder being ingested; choose another with --data");
        }
        WritableDataFolder.prepared(dataFolder);
        return dataFolder;
    }
}
