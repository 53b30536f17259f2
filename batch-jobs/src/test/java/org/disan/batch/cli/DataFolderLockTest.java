package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disan.batch.data.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second job on a data folder that a running job holds is refused in one line, before it writes anything. */
class DataFolderLockTest {

    @TempDir
    Path temp;

    @Test
    void anIngestIntoAFolderWhereAJobRunsIsRefused() throws Exception {
        // given a submission and a data folder held by a running job
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("note.txt"), "Hà Nội");
        DataFolder data = new DataFolder(temp.resolve("data"));

        try (DataFolderLock running = DataFolderLock.acquire(data)) {
            // when another ingest starts on it
            CommandLineRun run = CommandLineRun.of(
                    "ingest", "--parse-in-process", "--data", data.root().toString(), submission.toString());

            // then it is refused, and neither a job repository nor a store was created
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("disan: the data folder " + data.root()
                    + " is in use by another disan job; wait for it or stop it" + System.lineSeparator());
            assertThat(data.hasJobRepository()).isFalse();
            assertThat(data.store()).doesNotExist();
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheJobEnds() throws Exception {
        DataFolder data = new DataFolder(temp.resolve("data"));

        DataFolderLock.acquire(data).close();

        try (DataFolderLock again = DataFolderLock.acquire(data)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void anUnknownKindOfJobRepositoryIsRefused() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));

        CommandLineRun run = CommandLineRun.of("ingest", "--job-repository", "jdbc:mysql://localhost/x",
                "--data", temp.resolve("data").toString(), submission.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("disan: the job repository must be a jdbc:postgresql:").doesNotContain("\tat ");
    }
}
