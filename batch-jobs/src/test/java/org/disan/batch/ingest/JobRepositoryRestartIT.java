package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.batch.ingest.UninterruptedOutcome.assertArchiveEqualsUninterruptedRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL job repository is restarted while an ingest runs on it: every open connection is
 * cut, and the chunk being committed ends in doubt (Spring Batch records the run as UNKNOWN). The
 * same command resumes the same job instance, and the archive ends as an uninterrupted ingest
 * would have left it. The server is one of the test's own, never the machine's shared one.
 */
class JobRepositoryRestartIT {

    private static final int LETTERS = 300;
    /** Once they have together read one file more than a chunk each, one of them has committed a chunk. */
    private static final int PARTITIONS = 2;
    /** A bound against hanging, not a speed target: on a crowded machine ingests have crawled at one file a second. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @TempDir
    Path temp;

    @Test
    void anIngestWhoseJobRepositoryRestartsLosesAndDoublesNothing() throws Exception {
        try (TestPostgresqlServer postgresql = TestPostgresqlServer.start()) {
            // given an ingest of many small files running on a PostgreSQL job repository
            LetterSubmission submission = LetterSubmission.write(temp.resolve("letters"), LETTERS);
            DataFolder data = new DataFolder(temp.resolve("data"));
            String[] ingest = {"ingest", "--job-repository", postgresql.url(), "--ocr", "off",
                    "--threads", String.valueOf(PARTITIONS), "--data", data.root().toString(),
                    submission.root().toString()};
            OffsetDateTime firstStart = postgresql.startedAt();
            try (DisanProcess run = DisanProcess.start(temp.resolve("ingest.log"), ingest)) {
                run.awaitFilesDone(PARTITIONS * IngestFileRangeStepConfiguration.CHUNK_SIZE + 1, PATIENCE);

                // when PostgreSQL restarts in the middle of it
                run.whileFrozen(postgresql::restart);
                assertThat(postgresql.startedAt()).as("the server restarted").isAfter(firstStart);

                // then the ingest ends, and if it did not complete, the same command finishes it
                int exit = run.awaitExit(PATIENCE);
                System.out.println("JobRepositoryRestartIT: the first run "
                        + (exit == 0 ? "completed across the restart" : "failed; the same command resumes it"));
                // (a restart between two chunks goes unnoticed; one during a chunk fails the job)
                if (exit != 0) {
                    assertThat(run.output()).contains("Run the same command again");
                    CommandLineRun resumed = CommandLineRun.of(ingest);
                    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
                    assertThat(resumed.err()).containsPattern("Resuming after [1-9]\\d* of " + submission.files());
                }
            }

            // and the archive is what an uninterrupted run would have left
            assertArchiveEqualsUninterruptedRun(data, IndexSelection.embedded(), submission);
        }
    }
}
