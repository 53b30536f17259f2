package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest whose process is killed with SIGKILL part-way resumes when the same command runs
 * again, and the archive ends with exactly one record per file. The first run is the real jar
 * in a child process. It runs on the embedded H2 job repository and on PostgreSQL, with one
 * partition and with two, whose restart resumes each unfinished partition from its last chunk.
 */
class IngestKillRestartIT {

    private static final int FILES = 500;
    private static final Pattern PROGRESS = Pattern.compile("^\\[\\s*(\\d+)/" + FILES + "]");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "job repository: {0}, partitions: {1}")
    @CsvSource({"h2, 1", "h2, 2", "postgresql, 2"})
    void aKilledIngestResumesAndEndsWithOneRecordPerFile(String repository, int partitions) throws Exception {
        try (TestJobRepository jobRepository = TestJobRepository.of(repository)) {
            killAndResume(jobRepository, partitions);
        }
    }

    private void killAndResume(TestJobRepository jobRepository, int partitions) throws Exception {
        // given a submission of many small files
        Path submission = Files.createDirectories(temp.resolve("letters"));
        for (int i = 1; i <= FILES; i++) {
            Files.writeString(submission.resolve("letter-%03d.txt".formatted(i)),
                    "Thư số " + i + " gửi kinh thành Thăng Long, năm " + (1010 + i) + ".");
        }
        DataFolder data = new DataFolder(temp.resolve("data"));
        String[] ingest = jobRepository.withOption("ingest", "--ocr", "off", "--threads", String.valueOf(partitions),
                "--data", data.root().toString(), submission.toString());

        // when the first run is killed after some chunks were committed
        int doneWhenKilled = runAndKill(ingest, 200);
        assertThat(doneWhenKilled).isLessThan(FILES);

        // and the same command runs again
        CommandLineRun resumed = CommandLineRun.of(ingest);

        // then it resumed rather than started over, and nothing is lost or doubled
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).containsPattern("Resuming after [1-9][0-9]* of " + FILES + " files");
        IngestReports reports = new IngestReports(data.reports());
        IngestReport report = reports.read(1);
        assertThat(report.ingested() + report.duplicates()).isEqualTo(FILES);
        assertThat(report.failed()).isZero();
        try (var records = new ArchiveStore(data.store()).records()) {
            assertThat(records.count()).isEqualTo(FILES);
        }
        try (ArchiveIndex index = ArchiveIndexes.open(data)) {
            assertThat(index.count()).isEqualTo(FILES);
        }
        assertThat(CommandLineRun.of(jobRepository.withOption("jobs", "--data", data.root().toString())).out())
                .containsPattern("\\s1\\s+FAILED").containsPattern("\\d+\\s+COMPLETED");
        // and the runs were recorded where they were configured to be, and only there
        boolean embedded = jobRepository.url() == null;
        assertThat(data.hasJobRepository()).isEqualTo(embedded);
        assertThat(jobRepository.executions()).isEqualTo(embedded ? -1 : 2);
    }

    /** Runs the jar, kills it once its progress passes the given file, and returns that count. */
    private static int runAndKill(String[] args, int killAfter) throws Exception {
        List<String> command = PackagedJar.command(args);
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher progress = PROGRESS.matcher(line);
                if (progress.find() && Integer.parseInt(progress.group(1)) >= killAfter) {
                    process.destroyForcibly();
                    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(process.exitValue()).isEqualTo(137);
                    return Integer.parseInt(progress.group(1));
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new AssertionError("the ingest ended before it could be killed, exit " + process.waitFor());
    }
}
