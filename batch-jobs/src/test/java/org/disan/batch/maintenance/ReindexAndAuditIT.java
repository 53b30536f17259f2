package org.disan.batch.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.cli.ReportPaths;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.report.JobReportFiles;
import org.disan.ingest.digest.FileDigests;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code disan reindex} and {@code disan audit} on a real ingested archive. */
class ReindexAndAuditIT {

    private static final int FILES = 6;
    private static final List<String> QUERIES = List.of("Thăng Long", "ha noi", "thu", "gửi");

    @TempDir
    Path temp;

    private DataFolder data;

    @BeforeEach
    void ingestLetters() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("letters"));
        for (int i = 1; i <= FILES; i++) {
            Files.writeString(submission.resolve("letter-%02d.txt".formatted(i)),
                    "Thư số " + i + " gửi Thăng Long" + (i % 2 == 0 ? ", Hà Nội." : "."));
        }
        data = new DataFolder(temp.resolve("data"));
        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--parse-in-process",
                "--data", data.root().toString(), submission.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(data.reports().resolve("ingest-1.html")).content()
                .contains("<th>Ingested</th><td>" + FILES + "</td>").contains("letters");
    }

    @Test
    void reindexAfterTheIndexFolderIsDeletedRestoresIdenticalSearchResults() throws Exception {
        // given the search results of the ingested archive, and then no index at all
        List<List<String>> before = searchAll();
        assertThat(before.get(0)).hasSize(FILES);
        deleteTree(data.index());

        // when the index is rebuilt from the store
        CommandLineRun reindex = CommandLineRun.of("reindex", "--data", data.root().toString());

        // then a new index generation is live and answers every query as before
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("Reindexed " + FILES + " records");
        assertThat(data.index().getFileName().toString()).startsWith("index-");
        assertThat(searchAll()).isEqualTo(before);
        // and the run's report, named in the output, gives the counts and both index folders
        Path page = ReportPaths.page(reindex.out());
        assertThat(page.getParent()).isEqualTo(data.reports());
        assertThat(page.getFileName().toString()).matches("reindex-\\d+\\.html");
        assertThat(page).content().contains("<th>Records read from the store</th><td>" + FILES + "</td>")
                .contains("<th>Indexed</th><td>" + FILES + "</td>").contains("<th>Failed</th><td>0</td>")
                .contains("<th>Index before</th><td>index</td>")
                .contains("<th>New index</th><td>" + data.index().getFileName() + "</td>");
    }

    @Test
    void aRecordThatCannotBeReadIsReportedAndKeepsTheLiveIndex() throws Exception {
        // given one stored record damaged
        Path live = data.index();
        Path damaged;
        try (Stream<Path> files = Files.find(data.store(), 6, (path, attrs) -> path.endsWith("record.json"))) {
            damaged = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(damaged, "{ not json");
        String id = damaged.getParent().getFileName().toString();

        // when reindexing
        CommandLineRun reindex = CommandLineRun.of("reindex", "--data", data.root().toString());

        // then the others were indexed, the damaged one is named with its reason, and nothing switched
        assertThat(reindex.exitCode()).isEqualTo(1);
        assertThat(reindex.err()).contains("holds " + (FILES - 1) + " records but the store " + FILES)
                .contains("not indexed: " + id + ": record " + id + " cannot be read")
                .doesNotContain("\tat ");
        assertThat(data.index()).isEqualTo(live);
        ReindexReport report = JobReportFiles.JSON.readValue(ReportPaths.json(reindex.err()).toFile(), ReindexReport.class);
        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(report.indexed()).isEqualTo(FILES - 1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.switched()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(failure -> assertThat(failure.id()).isEqualTo(id));
    }

    @Test
    void jobsListsTheRunsOfEveryJobWithTheirReports() {
        // given an ingest (in set-up), a reindex and an audit
        CommandLineRun reindex = CommandLineRun.of("reindex", "--data", data.root().toString());
        CommandLineRun audit = CommandLineRun.of("audit", "--data", data.root().toString());
        assertThat(reindex.exitCode()).isZero();
        assertThat(audit.exitCode()).isZero();

        // when listing the jobs
        CommandLineRun jobs = CommandLineRun.of("jobs", "--data", data.root().toString());

        // then each run has a line with its status, kind, start, duration and report, newest first
        List<String> rows = jobs.out().lines().skip(1).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsPattern("^\\s+\\d+\\s+COMPLETED\\s+audit\\s+\\d{4}-\\d\\d-\\d\\d [0-9:]{8}\\s+\\d+\\.\\ds")
                .contains(ReportPaths.page(audit.out()).toString());
        assertThat(rows.get(1)).contains("COMPLETED").contains("reindex").contains(ReportPaths.page(reindex.out()).toString());
        assertThat(rows.get(2)).contains("COMPLETED").contains("ingest").contains(new JobReportFiles(data.reports()).page("ingest", 1).toString())
                .contains("ingested " + FILES);
    }

    @Test
    void aSecondReindexSwitchesToANewerGenerationAndKeepsOnlyTheOneBefore() throws Exception {
        // given one reindex done
        assertThat(CommandLineRun.of("reindex", "--data", data.root().toString()).exitCode()).isZero();
        Path first = data.index();
        Thread.sleep(5);

        // when reindexing twice more
        assertThat(CommandLineRun.of("reindex", "--data", data.root().toString()).exitCode()).isZero();
        Path second = data.index();
        Thread.sleep(5);
        assertThat(CommandLineRun.of("reindex", "--data", data.root().toString()).exitCode()).isZero();

        // then the live index is the newest, the one before stays for running readers, older ones are gone
        assertThat(data.index()).isNotEqualTo(second).isNotEqualTo(first);
        assertThat(second).isDirectory();
        assertThat(first).doesNotExist();
        assertThat(searchAll().get(0)).hasSize(FILES);
    }

    @Test
    void auditOfAnIntactArchiveSucceeds() {
        CommandLineRun audit = CommandLineRun.of("audit", "--data", data.root().toString());

        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("Audited " + FILES + " stored originals: " + FILES + " intact, 0 not.")
                .contains("Report: " + data.reports().resolve("audit-2.html")); // instance 1 is the ingest
    }

    @Test
    void auditReportsAChangedAndAVanishedOriginalAndFails() throws Exception {
        // given one stored original altered and another deleted
        ArchiveStore store = new ArchiveStore(data.store());
        List<ArchiveRecord> records;
        try (Stream<ArchiveRecord> stored = store.records()) {
            records = stored.sorted(Comparator.comparing(ArchiveRecord::id)).toList();
        }
        ArchiveRecord changed = records.get(0);
        ArchiveRecord vanished = records.get(1);
        Files.writeString(store.originalPath(changed), "Thư đã bị sửa.");
        Files.delete(store.originalPath(vanished));

        // when auditing
        CommandLineRun audit = CommandLineRun.of("audit", "--data", data.root().toString());

        // then both are named, the rest count as intact, and the exit code says something is wrong
        assertThat(audit.exitCode()).isEqualTo(1);
        assertThat(audit.out())
                .contains("Audited " + FILES + " stored originals: " + (FILES - 2) + " intact, 2 not.")
                .contains("CHANGED  " + changed.id())
                .contains(FileDigests.sha256(store.originalPath(changed)))
                .contains("MISSING  " + vanished.id());
        assertThat(audit.err()).doesNotContain("\tat ");
        // and the report gives the counts and the paths of both, as JSON and as a page
        AuditReport report = JobReportFiles.JSON.readValue(ReportPaths.json(audit.out()).toFile(), AuditReport.class);
        assertThat(report.checked()).isEqualTo(FILES);
        assertThat(report.verified()).isEqualTo(FILES - 2);
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.missing()).isEqualTo(1);
        String changedPath = store.relativize(store.originalPath(changed));
        String vanishedPath = store.relativize(store.originalPath(vanished));
        assertThat(ReportPaths.page(audit.out())).content()
                .contains("<th>Verified (SHA-256 matches)</th><td>" + (FILES - 2) + "</td>")
                .contains("<h2>Changed originals (1)</h2>").contains(changedPath)
                .contains("<h2>Vanished originals (1)</h2>").contains(vanishedPath);
    }

    private List<List<String>> searchAll() {
        try (ArchiveIndex index = ArchiveIndexes.open(data)) {
            return QUERIES.stream()
                    .map(query -> index.search(SearchRequest.of(query, 20)).hits().stream()
                            // hits of equal score come in indexing order, which a rebuild may change
                            .sorted(Comparator.comparing(SearchHit::score).reversed().thenComparing(SearchHit::id))
                            .map(hit -> hit.id() + " " + hit.score())
                            .toList())
                    .toList();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
