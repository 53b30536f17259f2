package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.disan.batch.ingest.IngestReport.FileIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestReportPageTest {

    @TempDir
    Path temp;

    private final IngestReport report = new IngestReport(3, 4, "/in/Hà Nội", "/data",
            Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:12.5Z"), 5, 2, 1, 1,
            List.of("metadata.csv row 4 names a missing file"),
            List.of(new FileIssue("<script>alert(1)</script>.pdf", List.of("encrypted PDF"))),
            List.of(new FileIssue("scan.tif", List.of("OCR skipped: tesseract not found"))),
            "/data/reports/ingest-3.jsonl",
            List.of("metadata.csv columns kept as they are: 'Số đăng ký'"));

    @Test
    void thePageListsCountsDurationFailuresDuplicatesAndWarnings() {
        // given one duplicate among the outcomes
        List<OutcomeLine> outcomes = List.of(
                new OutcomeLine("a.jpg", "INGESTED", "aa", "A", null, List.of(), null),
                new OutcomeLine("copy of a.jpg", "DUPLICATE", "aa", "A", null, List.of(), null));

        // when rendering
        String html = IngestReportPage.render(report, outcomes);

        // then
        assertThat(html).contains("<h1>Ingest of /in/Hà Nội</h1>")
                .contains("<th>Ingested</th><td>2</td>").contains("<th>Duplicates</th><td>1</td>")
                .contains("<th>Failed</th><td>1</td>").contains("<th>Not yet processed</th><td>1</td>")
                .contains("<th>Took</th><td>12.5 s</td>")
                .contains("<li>metadata.csv row 4 names a missing file</li>")
                .contains("<li>metadata.csv columns kept as they are: &#39;Số đăng ký&#39;</li>")
                .contains("<li>copy of a.jpg = record aa</li>")
                .contains("<li>scan.tif: OCR skipped: tesseract not found</li>");
    }

    @Test
    void namesFromTheSubmissionAreEscaped() {
        String html = IngestReportPage.render(report, List.of());

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;.pdf: encrypted PDF");
    }

    @Test
    void writingLeavesOnlyTheFinishedPage() throws Exception {
        Path page = IngestReportPage.write(report, List.of(), temp.resolve("ingest-3.html"));

        assertThat(page).content().startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(page);
        }
    }
}
