package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.batch.ingest.UninterruptedOutcome.assertArchiveEqualsUninterruptedRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.DataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code disan worker} is killed with SIGKILL in the middle of its partition. Its request was not
 * acknowledged, so RabbitMQ hands it to the other worker, which resumes the partition from its last
 * committed chunk; the manager's ingest completes without a second command, and the archive ends as
 * an uninterrupted ingest would have left it. The manager, the workers (packaged jars), a
 * PostgreSQL job repository, a RabbitMQ queue and the build's Elasticsearch server are all real.
 */
class WorkerKilledMidPartitionIT {

    private static final String PARTITION = IngestFileRangeStepConfiguration.STEP_NAME + ":partition0";
    private static final int LETTERS = 400;
    /** A bound against hanging, not a speed target: on a crowded machine ingests have crawled at one file a second. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @TempDir
    Path temp;

    private RemoteIngestServices services;

    @BeforeEach
    void services() throws Exception {
        services = RemoteIngestServices.open("disan-it-killed");
    }

    @AfterEach
    void cleanUp() throws Exception {
        services.close();
    }

    @Test
    void aPartitionWhoseWorkerIsKilledIsResumedByAnotherWorker() throws Exception {
        // given two workers waiting for partitions, and an ingest of one partition sent to them
        LetterSubmission submission = LetterSubmission.write(temp.resolve("letters"), LETTERS);
        DataFolder data = new DataFolder(Files.createDirectories(temp.resolve("data")));
        // (one after the other, as the README says: the first creates the index and its alias)
        for (int number = 1; number <= 2; number++) {
            services.startWorker(data, temp.resolve("worker-" + number + ".log"), PATIENCE);
        }
        List<DisanProcess> workers = services.workers();
        CompletableFuture<CommandLineRun> manager = CompletableFuture.supplyAsync(
                () -> CommandLineRun.of(services.manager(data, submission.root(), 1)));
        int committed = awaitCommittedFiles(IngestFileRangeStepConfiguration.CHUNK_SIZE);
        DisanProcess holder = workers.stream().filter(WorkerKilledMidPartitionIT::runsThePartition).findFirst()
                .orElseThrow();
        DisanProcess other = workers.get(1 - workers.indexOf(holder));
        List<ProcessHandle> parsers = holder.process().descendants().toList();

        // when the worker running it is killed in the middle of the partition
        holder.kill();
        assertThat(committedFiles()).as("files committed when the worker was killed")
                .isGreaterThanOrEqualTo(committed).isLessThan(submission.files());

        // then the other worker resumes the partition after its last committed chunk
        other.awaitOutput(Pattern.compile("Resuming " + PARTITION + " of job execution \\d+ after [1-9]\\d* of "
                + submission.files() + " files"), PATIENCE);
        // and the ingest completes without being run again
        CommandLineRun run = manager.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
        assertThat(run.exitCode()).as(run.err() + "\n--- the other worker\n" + other.output()).isZero();
        assertThat(other.output()).contains("Finished " + PARTITION);
        // and the killed worker left no parser process behind
        for (ProcessHandle parser : parsers) {
            assertThat(parser.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("parser process %d", parser.pid())
                    .isFalse();
        }

        // and the archive is what an uninterrupted run would have left
        assertArchiveEqualsUninterruptedRun(data, services.index(), submission);
        assertThat(data.index()).doesNotExist();
    }

    private static boolean runsThePartition(DisanProcess worker) {
        try {
            return worker.output().contains("Running " + PARTITION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the partition has committed at least this many files; returns how many it has. */
    private int awaitCommittedFiles(int files) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            int committed = committedFiles();
            if (committed >= files) {
                return committed;
            }
            assertThat(Instant.now()).as("the partition commits %d files in time", files).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** The files of the partition's committed chunks, as the shared job repository records them. */
    private int committedFiles() {
        try (var connection = DriverManager.getConnection(services.jobRepository().url(), "postgres", "");
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT coalesce(max(read_count), 0) FROM batch_step_execution WHERE step_name = ?")) {
            statement.setString(1, PARTITION);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException tablesNotMadeYet) {
            return 0;
        }
    }
}
