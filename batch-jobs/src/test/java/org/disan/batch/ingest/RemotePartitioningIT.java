package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One manager ({@code disan ingest --remote-workers}) and two {@code disan worker} processes (the
 * packaged jar) share a PostgreSQL job repository, a RabbitMQ queue, a data folder and the
 * Elasticsearch server the build starts. Every file is ingested exactly once, both workers take
 * part, and one broken file fails alone. A worker stopped with SIGTERM in mid-partition leaves
 * the partition to a restart of the ingest.
 */
class RemotePartitioningIT {

    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";
    private static final int LETTERS = 60;
    private static final int FILES = LETTERS + 2;
    private static final int PARTITIONS = 4;
    private static final Duration WORKER_START = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    private final String queue = "disan-it-" + UUID.randomUUID();
    private final String alias = ("disan-it-remote-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    private final List<Process> workers = new ArrayList<>();
    private final List<Path> workerLogs = new ArrayList<>();
    private String esUrl;
    private TestJobRepository jobRepository;

    @BeforeEach
    void services() throws Exception {
        esUrl = System.getProperty("disan.test.es.url");
        assertThat(esUrl).as("disan.test.es.url (set by 'mvn verify', which starts the server)")
                .isNotBlank().doesNotContain("${");
        jobRepository = TestJobRepository.of("postgresql");
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            for (Process worker : workers) {
                worker.destroyForcibly();
            }
            try (Connection connection = broker().newConnection(); Channel channel = connection.createChannel()) {
                channel.queueDelete(queue);
            }
            try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(esSettings())) {
                for (String name : index.aliases().indicesBehind(alias)) {
                    index.aliases().deleteIndex(name);
                }
            }
        } finally {
            jobRepository.close();
        }
    }

    @Test
    void twoWorkersIngestEveryFileExactlyOnce() throws Exception {
        // given a submission of distinct letters, one copy of a letter and one broken file
        Path submission = letters();
        DataFolder data = new DataFolder(Files.createDirectories(temp.resolve("data")));

        // and two workers waiting for partitions, started one after the other
        startWorker(data, 1);
        startWorker(data, 2);

        // when a manager sends the ingest's partitions to them
        CommandLineRun manager = CommandLineRun.of(manager(data, submission, PARTITIONS));

        // then every distinct file is stored, indexed and reported once, the broken one failed alone
        assertThat(manager.exitCode()).as(manager.err() + workerOutput()).isZero();
        assertIngestedOnce(data);
        // and no file was processed twice: the outcome log has one line per file
        assertThat(Files.readAllLines(new IngestReports(data.reports()).outcomeLog(1).file())).hasSize(FILES);
        assertThat(completedPartitions()).isEqualTo(PARTITIONS);

        // and both workers ran partitions, then stop cleanly when asked to
        for (int i = 0; i < workers.size(); i++) {
            assertThat(Files.readString(workerLogs.get(i))).as("worker " + (i + 1))
                    .contains("Finished ingestFileRangeStep:partition");
            workers.get(i).destroy();
            assertThat(workers.get(i).waitFor(60, TimeUnit.SECONDS)).as("worker " + (i + 1) + " stops on SIGTERM").isTrue();
        }
    }

    @Test
    void aWorkerStoppedMidPartitionLeavesItToTheRestartedIngest() throws Exception {
        // given one worker and an ingest of one partition running on it
        Path submission = letters();
        DataFolder data = new DataFolder(Files.createDirectories(temp.resolve("data")));
        startWorker(data, 1);
        CompletableFuture<CommandLineRun> firstRun = CompletableFuture.supplyAsync(
                () -> CommandLineRun.of(manager(data, submission, 1)));
        waitFor(workerLogs.get(0), "Running ingestFileRangeStep:partition0", WORKER_START);

        // when the worker is sent SIGTERM
        workers.get(0).destroy();

        // then it stops, the partition is recorded as ended and the ingest fails
        assertThat(workers.get(0).waitFor(6, TimeUnit.MINUTES)).as("the worker stops").isTrue();
        // (STOPPED at a chunk boundary; FAILED when the stop cut into a file's parse: both restart)
        assertThat(Files.readString(workerLogs.get(0)))
                .containsPattern("Finished ingestFileRangeStep:partition0 of job execution 1: (STOPPED|FAILED)");
        CommandLineRun first = firstRun.get(6, TimeUnit.MINUTES);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);

        // when a worker runs again and so does the same ingest
        startWorker(data, 2);
        CommandLineRun resumed = CommandLineRun.of(manager(data, submission, 1));

        // then the same job instance resumes the stopped partition and ends with one record per distinct file
        assertThat(resumed.exitCode()).as(resumed.err() + workerOutput()).isZero();
        assertIngestedOnce(data);
    }

    /** Distinct letters, one copy of a letter and one broken file. */
    private Path letters() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("letters"));
        for (int i = 1; i <= LETTERS; i++) {
            Files.writeString(submission.resolve("letter-%03d.txt".formatted(i)), letter(i));
        }
        Files.writeString(submission.resolve("copy-of-letter-001.txt"), letter(1));
        Files.createFile(submission.resolve("broken.pdf"));
        return submission;
    }

    private String[] manager(DataFolder data, Path submission, int partitions) {
        return jobRepository.withOption("ingest", "--remote-workers", "--threads", String.valueOf(partitions),
                "--ocr", "off", "--data", data.root().toString(), "--es-url", esUrl, "--es-index", alias,
                "--rabbitmq", BROKER, "--queue", queue, submission.toString());
    }

    private void assertIngestedOnce(DataFolder data) throws Exception {
        IngestReport report = new IngestReports(data.reports()).read(1);
        assertThat(report.filesFound()).isEqualTo(FILES);
        assertThat(report.ingested()).isEqualTo(LETTERS);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.failures()).extracting(IngestReport.FileIssue::file).containsExactly("broken.pdf");
        try (var records = new ArchiveStore(data.store()).records()) {
            assertThat(records.count()).isEqualTo(LETTERS);
        }
        try (ArchiveIndex index = ArchiveIndexes.open(data, IndexSelection.of(esSettings()))) {
            assertThat(index.count()).isEqualTo(LETTERS);
        }
        assertThat(data.index()).doesNotExist();
    }

    private void startWorker(DataFolder data, int number) throws Exception {
        Path log = temp.resolve("worker-" + number + ".log");
        List<String> command = PackagedJar.command(jobRepository.withOption("worker", "--data", data.root().toString(),
                "--es-url", esUrl, "--es-index", alias, "--rabbitmq", BROKER, "--queue", queue));
        Process worker = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        workers.add(worker);
        workerLogs.add(log);
        waitFor(log, "Worker ready", WORKER_START);
    }

    private void waitFor(Path log, String line, Duration patience) throws Exception {
        Process worker = workers.get(workerLogs.indexOf(log));
        Instant deadline = Instant.now().plus(patience);
        while (!Files.readString(log).contains(line)) {
            assertThat(worker.isAlive()).as(log.getFileName() + " is running: " + Files.readString(log)).isTrue();
            assertThat(Instant.now()).as(log.getFileName() + " shows '" + line + "' in time").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private long completedPartitions() throws Exception {
        try (var connection = DriverManager.getConnection(jobRepository.url(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM batch_step_execution"
                        + " WHERE step_name LIKE 'ingestFileRangeStep:partition%' AND status = 'COMPLETED'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String workerOutput() throws Exception {
        StringBuilder out = new StringBuilder();
        for (Path log : workerLogs) {
            out.append("\n--- ").append(log.getFileName()).append('\n').append(Files.readString(log));
        }
        return out.toString();
    }

    private ElasticsearchSettings esSettings() {
        return ElasticsearchSettings.of(esUrl).withIndexName(alias);
    }

    private static ConnectionFactory broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER);
        return factory;
    }

    private static String letter(int i) {
        return "Thư số " + i + " gửi kinh thành Thăng Long, năm " + (1010 + i) + ".";
    }
}
