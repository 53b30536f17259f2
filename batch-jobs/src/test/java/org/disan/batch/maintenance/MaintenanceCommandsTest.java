package org.disan.batch.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.disan.batch.cli.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code disan reindex} and {@code disan audit} say when there is nothing to work on. */
class MaintenanceCommandsTest {

    @TempDir
    Path temp;

    @Test
    void bothRefuseAFolderWithoutAnArchiveAndCreateNothing() {
        for (String command : List.of("reindex", "audit")) {
            // when run on a data folder that does not exist
            CommandLineRun run = CommandLineRun.of(command, "--data", temp.resolve("nothing-here").toString());

            // then one clear line, the user-error exit code, and nothing created
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("disan: no archive in").doesNotContain("\tat ");
            assertThat(temp.resolve("nothing-here")).doesNotExist();
        }
    }
}
