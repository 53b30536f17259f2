package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.bench.BenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisanCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void versionPrintsTheNameAndSucceeds() {
        CommandLineRun run = CommandLineRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("disan ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "search", "serve", "jobs"})
    void everyCommandHasHelpThatNamesTheDataOption(String command) {
        CommandLineRun run = CommandLineRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: disan " + command).contains("--data=DIR");
    }

    @Test
    void helpListsEveryCommand() {
        CommandLineRun run = CommandLineRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Commands:");
        for (String command : List.of("ingest", "search", "serve", "jobs", "reindex", "audit", "access", "worker", "bench")) {
            assertThat(run.out()).containsPattern("(?m)^  " + command + " ");
        }
    }

    @Test
    void aCommandRunBuildsTheModelOfThatCommandAlone() {
        assertThat(DisanCommandLine.commandsFor(new String[] {"search", "ha noi"})).containsExactly(SearchCommand.class);
        assertThat(DisanCommandLine.commandsFor(new String[] {"bench", "cold"})).containsExactly(BenchCommand.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "ingets", "INGEST", ""})
    void anythingElseBuildsEveryCommand(String first) {
        assertThat(DisanCommandLine.commandsFor(new String[] {first})).hasSize(9).contains(IngestCommand.class);
        assertThat(DisanCommandLine.commandsFor(new String[0])).hasSize(9);
    }

    @Test
    void noCommandIsAUserError() {
        CommandLineRun run = CommandLineRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing a command");
    }

    @Test
    void anUnknownCommandGetsOneLineAndAHint() {
        CommandLineRun run = CommandLineRun.of("ingets", "samples");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("disan: Unmatched arguments").contains("Try 'disan --help'");
    }

    @Test
    void aMissingFolderIsAUserErrorWithoutAStackTrace() {
        Path missing = temp.resolve("no-such-folder");

        CommandLineRun run = CommandLineRun.of("ingest", "--data", temp.resolve("data").toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("disan: no such folder: " + missing);
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void aFileInsteadOfAFolderIsAUserError() throws Exception {
        Path file = Files.writeString(temp.resolve("one.txt"), "text");

        CommandLineRun run = CommandLineRun.of("ingest", "--data", temp.resolve("data").toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("disan: not a folder or a zip: " + file);
    }

    @Test
    void aDataFolderInsideTheSubmissionIsRefused() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));

        CommandLineRun run = CommandLineRun.of(
                "ingest", "--data", submission.resolve("disan-data").toString(), submission.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is inside the folder being ingested");
    }

    @Test
    void anUnknownOcrModeIsAUserError() {
        CommandLineRun run = CommandLineRun.of("ingest", "--ocr", "sideways", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--ocr").contains("sideways").contains("Try 'disan ingest --help'");
    }

    @Test
    void searchingAnEmptyDataFolderSaysToIngestFirst() {
        CommandLineRun run = CommandLineRun.of("search", "--data", temp.toString(), "ha", "noi");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no archive in " + temp).contains("disan ingest");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void searchNeedsAQuery() {
        CommandLineRun run = CommandLineRun.of("search", "--data", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter");
    }

    @Test
    void serveRefusesAPortOutOfRange() {
        CommandLineRun run = CommandLineRun.of("serve", "--data", temp.toString(), "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port must be between 0 and 65535");
    }

    @Test
    void jobsOnAFreshDataFolderSaysNoneRanAndSucceeds() {
        CommandLineRun run = CommandLineRun.of("jobs", "--data", temp.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No jobs have run");
    }
}
