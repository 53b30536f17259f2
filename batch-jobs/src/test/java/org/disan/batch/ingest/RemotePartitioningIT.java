package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
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

    private static final int LETTERS = 60;
    private static final int FILES = LETTERS + 2;
    private static final int PARTITIONS = 4;
    private static final Duration WORKER_START = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    private RemoteIngestServices services;

    @BeforeEach
    void services() throws Exception {
        services = RemoteIngestServices.open("disan-it-remote");
    }

    @AfterEach
    void cleanUp() throws Exception {
        services.close();
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
        CommandLineRun manager = CommandLineRun.of(services.manager(data, submission, PARTITIONS));

        // then every distinct file is stored, indexed and reported once, the broken one failed alone
        assertThat(manager.exitCode()).as(manager.err() + workerOutput()).isZero();
        assertIngestedOnce(data);
        // and no file was processed twice: the outcome log has one line per file
        assertThat(Files.readAllLines(new IngestReports(data.reports()).outcomeLog(1).file())).hasSize(FILES);
        assertThat(completedPartitions()).isEqualTo(PARTITIONS);

        // and both workers ran partitions, then stop cleanly when asked to
        for (int i = 0; i < services.workers().size(); i++) {
            Process worker = services.workers().get(i).process();
            assertThat(services.workers().get(i).output()).as("worker " + (i + 1)).contains("Finished ingestFileRangeStep:partition");
            worker.destroy();
            assertThat(worker.waitFor(60, TimeUnit.SECONDS)).as("worker " + (i + 1) + " stops on SIGTERM").isTrue();
        }
    }

    @Test
    void aWorkerStoppedMidPartitionLeavesItToTheRestartedIngest() throws Exception {
        // given one worker and an ingest of one partition running on it
        Path submission = letters();
        DataFolder data = new DataFolder(Files.createDirectories(temp.resolve("data")));
        startWorker(data, 1);
        CompletableFuture<CommandLineRun> firstRun = CompletableFuture.supplyAsync(
                () -> CommandLineRun.of(services.manager(data, submission, 1)));
        services.workers().get(0).awaitOutput(Pattern.compile("Running ingestFileRangeStep:partition0"), WORKER_START);

        // when the worker is sent SIGTERM
        services.workers().get(0).process().destroy();

        // then it stops, the partition is recorded as ended and the ingest fails
        assertThat(services.workers().get(0).awaitExit(Duration.ofMinutes(6))).as("the worker's exit code").isNotNegative();
        // (STOPPED at a chunk boundary; FAILED when the stop cut into a file's parse: both restart)
        assertThat(services.workers().get(0).output())
                .containsPattern("Finished ingestFileRangeStep:partition0 of job execution 1: (STOPPED|FAILED)");
        CommandLineRun first = firstRun.get(6, TimeUnit.MINUTES);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);

        // when a worker runs again and so does the same ingest
        startWorker(data, 2);
        CommandLineRun resumed = CommandLineRun.of(services.manager(data, submission, 1));

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

    private void assertIngestedOnce(DataFolder data) throws Exception {
        IngestReport report = new IngestReports(data.reports()).read(1);
        assertThat(report.filesFound()).isEqualTo(FILES);
        assertThat(report.ingested()).isEqualTo(LETTERS);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.failures()).extracting(IngestReport.FileIssue::file).containsExactly("broken.pdf");
        try (var records = new ArchiveStore(data.store()).records()) {
            assertThat(records.count()).isEqualTo(LETTERS);
        }
        try (ArchiveIndex index = ArchiveIndexes.open(data, services.index())) {
            assertThat(index.count()).isEqualTo(LETTERS);
        }
        assertThat(data.index()).doesNotExist();
    }

    private void startWorker(DataFolder data, int number) throws Exception {
        services.startWorker(data, temp.resolve("worker-" + number + ".log"), WORKER_START);
    }

    private long completedPartitions() throws Exception {
        try (var connection = DriverManager.getConnection(services.jobRepository().url(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM batch_step_execution"
                        + " WHERE step_name LIKE 'ingestFileRangeStep:partition%' AND status = 'COMPLETED'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String workerOutput() throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < services.workers().size(); i++) {
            out.append("\n--- worker ").append(i + 1).append('\n').append(services.workers().get(i).output());
        }
        return out.toString();
    }

    private static String letter(int i) {
        return "Thư số " + i + " gửi kinh thành Thăng Long, năm " + (1010 + i) + ".";
    }
}
