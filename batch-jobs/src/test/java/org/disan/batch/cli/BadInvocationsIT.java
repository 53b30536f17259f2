package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees when a submission holds an unreadable file or the data folder cannot be
 * written. Permissions only bind a user without privileges, so these run the packaged jar in a
 * child process as one ({@link UnprivilegedRun}): as nobody when the tests run as root.
 */
class BadInvocationsIT {

    @TempDir
    Path temp;

    private Path work;
    private Path submission;

    @BeforeEach
    void aSubmissionTheChildCanRead() throws Exception {
        work = UnprivilegedRun.openFolder(temp, false);
        submission = UnprivilegedRun.openFolder(work.resolve("letters"), false);
        for (int i = 1; i <= 3; i++) {
            Path letter = submission.resolve("letter-" + i + ".txt");
            Files.writeString(letter, "Thư số " + i + " gửi Thăng Long.");
            Files.setPosixFilePermissions(letter, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anUnreadableFileIsRecordedAsFailedWithItsReasonAndTheOthersAreIngested() throws Exception {
        // given one file of the submission that nobody but its owner may read
        Path locked = submission.resolve("letter-2.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path data = UnprivilegedRun.openFolder(work.resolve("data"), true);

        // when an unprivileged user ingests it
        UnprivilegedRun run = UnprivilegedRun.of(work, "ingest", "--ocr", "off", "--parse-in-process",
                "--data", data.toString(), submission.toString());

        // then the batch completes, the locked file is FAILED with the reason, the others are stored
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ingested      2").contains("failed        1")
                .containsPattern("letter-2\\.txt: .*(denied|cannot be read|Permission)");
        JsonNode report = new ObjectMapper().readTree(ReportPaths.json(run.out()).toFile());
        assertThat(report.get("failures")).singleElement().satisfies(failure ->
                assertThat(failure.get("file").asText()).isEqualTo("letter-2.txt"));
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aDataFolderTheUserCannotWriteIsOneLineExitTwoAndLeftUntouched() throws Exception {
        // given a data folder that the unprivileged user may read but not write
        Path data = UnprivilegedRun.openFolder(work.resolve("data"), false);
        if (!UnprivilegedRun.asRoot()) {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        }

        // when ingesting into it
        UnprivilegedRun run = UnprivilegedRun.of(work, "ingest", "--ocr", "off", "--parse-in-process",
                "--data", data.toString(), submission.toString());

        // then one clear line, exit code 2, no stack trace, and nothing written
        assertOneLineUserError(run.exitCode(), run.err(), "disan: the data folder " + data + " is not writable");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anArchiveWhoseStoreTheUserCannotWriteIsRefusedBeforeAnyJobRuns() throws Exception {
        // given an archive ingested by its owner, whose store the unprivileged user may not write
        Path data = work.resolve("data");
        CommandLineRun first = CommandLineRun.of("ingest", "--ocr", "off", "--parse-in-process",
                "--data", data.toString(), submission.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> before = tree(data);
        UnprivilegedRun.openFolder(data, true);
        if (!UnprivilegedRun.asRoot()) {
            Files.setPosixFilePermissions(data.resolve("store"), PosixFilePermissions.fromString("r-xr-xr-x"));
        }

        // when the unprivileged user ingests into it
        UnprivilegedRun run = UnprivilegedRun.of(work, "ingest", "--ocr", "off", "--parse-in-process",
                "--data", data.toString(), submission.toString());

        // then it is refused in one line naming the store, and no job, report or index change was made
        assertOneLineUserError(run.exitCode(), run.err(),
                "disan: the data folder " + data + " is not writable: " + data.resolve("store") + " cannot be written");
        assertThat(tree(data)).isEqualTo(before);
    }

    @Test
    void aDataFolderUnderARegularFileCannotBeCreatedAndNothingIsWritten() throws Exception {
        // given a data folder whose parent is a regular file (unwritable for root too)
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        // when ingesting into it
        CommandLineRun run = CommandLineRun.of("ingest", "--ocr", "off", "--parse-in-process",
                "--data", file.resolve("data").toString(), submission.toString());

        // then one clear line, exit code 2, and the file is as it was
        assertOneLineUserError(run.exitCode(), run.err(),
                "disan: cannot create the data folder " + file.resolve("data") + ": Not a directory");
        assertThat(file).isRegularFile().hasContent("x");
    }

    private static void assertOneLineUserError(int exitCode, String err, String message) {
        assertThat(exitCode).as(err).isEqualTo(2);
        List<String> lines = err.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as(err).containsExactly(lines.get(0));
        assertThat(lines.get(0)).startsWith(message);
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** Every path under the folder with its size and time of change, to see that nothing changed. */
    private static List<String> tree(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.map(path -> path + " " + path.toFile().length() + " " + path.toFile().lastModified())
                    .sorted().toList();
        }
    }
}
