package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest that fails part-way is resumed by running the same command again, and the archive
 * ends with exactly one record per file. The failure is real: the outcome log cannot be written
 * because a folder stands where its file should be.
 */
class IngestRestartIT {

    private static final int FILES = 14;

    @TempDir
    Path temp;

    @Test
    void aFailedIngestResumesOnTheSameCommandAndLosesOrDuplicatesNothing() throws Exception {
        // given a submission and a data folder whose first outcome log cannot be written
        Path submission = Files.createDirectories(temp.resolve("letters"));
        for (int i = 1; i <= FILES; i++) {
            Files.writeString(submission.resolve("letter-%02d.txt".formatted(i)), "Thư số " + i + " gửi Thăng Long.");
        }
        DataFolder data = new DataFolder(temp.resolve("data"));
        IngestReports reports = new IngestReports(data.reports());
        Path blockedLog = Files.createDirectories(reports.outcomeLog(1).file());
        String[] ingest = {"ingest", "--ocr", "off", "--data", data.root().toString(), submission.toString()};

        // when the ingest runs, then the job fails with a non-zero exit and says how to go on
        CommandLineRun failed = CommandLineRun.of(ingest);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("did not complete (status FAILED)").contains("Run the same command again")
                .contains("Is a directory").doesNotContain("\tat ");

        // when the obstacle is gone and the same command runs again
        Files.delete(blockedLog);
        CommandLineRun resumed = CommandLineRun.of(ingest);

        // then the same job instance completes, with one record per file in the store and index
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains(reports.summaryFile(1).toString());
        IngestReport report = reports.read(1);
        assertThat(report.filesFound()).isEqualTo(FILES);
        assertThat(report.ingested() + report.duplicates()).isEqualTo(FILES);
        assertThat(report.failed()).isZero();
        assertThat(reports.outcomeLog(1).read()).hasSize(FILES);
        try (var records = new ArchiveStore(data.store()).records()) {
            assertThat(records.count()).isEqualTo(FILES);
        }
        try (ArchiveIndex index = ArchiveIndexes.open(data)) {
            assertThat(index.count()).isEqualTo(FILES);
        }
        CommandLineRun jobs = CommandLineRun.of("jobs", "--data", data.root().toString());
        List<String> rows = jobs.out().lines().skip(1).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows).anySatisfy(row -> assertThat(row).containsPattern("^\\s+1\\s+FAILED"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsPattern("^\\s+2\\s+COMPLETED"));
    }
}
