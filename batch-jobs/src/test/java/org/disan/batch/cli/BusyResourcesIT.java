package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.search.ArchiveIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the data folder's index or the port is taken: a short message, no trace. */
class BusyResourcesIT {

    @TempDir
    Path temp;

    /**
     * Searching and serving never lock the index; the first write does. An ingest that meets
     * another writer fails at its first chunk, says why, and can be run again later.
     */
    @Test
    void anIngestIntoAnIndexThatAnotherWriterHoldsFailsWithTheReason() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("note.txt"), "Hà Nội");
        DataFolder data = new DataFolder(temp.resolve("data"));

        try (ArchiveIndex held = ArchiveIndexes.open(data)) {
            CommandLineRun run = CommandLineRun.of(
                    "ingest", "--parse-in-process", "--data", data.root().toString(), submission.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("did not complete (status FAILED)")
                    .contains("Lock held").contains("write.lock")
                    .contains("Run the same command again")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void serveOnAPortInUseIsRefusedInOneLine() throws Exception {
        DataFolder data = new DataFolder(temp.resolve("data"));
        ArchiveIndexes.open(data).close();

        try (ServerSocket taken = new ServerSocket(0)) {
            CommandLineRun run = CommandLineRun.of(
                    "serve", "--data", data.root().toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("disan: port " + taken.getLocalPort() + " is already in use")
                    .doesNotContain("\tat ");
        }
    }
}
