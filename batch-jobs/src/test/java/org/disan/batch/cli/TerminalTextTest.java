package org.disan.batch.cli;

import org.disan.batch.TerminalText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.disan.batch.ingest.IngestReport;
import org.disan.batch.ingest.IngestReport.FileIssue;
import org.junit.jupiter.api.Test;

/** A submitter names files with terminal escapes; the person who runs the ingest sees them escaped. */
class TerminalTextTest {

    private static final String CLEAR_SCREEN = "\u001b[2J\u001b[H";
    private static final String HOSTILE = "anh" + CLEAR_SCREEN + "\u0007\r.jpg";

    @Test
    void theIngestSummaryPrintsNoControlCharacterOfAFileName() {
        IngestReport report = new IngestReport(1, 1, "/data/" + HOSTILE, "/data", Instant.EPOCH, Instant.EPOCH, 1, 0, 0, 1,
                List.of("row 2 names '" + HOSTILE + "', which is not in the submission"),
                List.of(new FileIssue("photos/" + HOSTILE, List.of("cannot be read"))),
                List.of(new FileIssue(HOSTILE, List.of("no text"))), "/data/reports/ingest-1.jsonl", List.of());
        StringWriter printed = new StringWriter();

        new IngestSummary(new PrintWriter(printed)).print(report, Path.of("/data/reports/ingest-1.json"));

        assertThat(printed.toString().replace("\n", "").chars().filter(Character::isISOControl)).isEmpty();
        assertThat(printed.toString()).contains("anh\\u001b[2J\\u001b[H\\u0007\\r.jpg");
    }

    @Test
    void ordinaryVietnameseNamesAreUnchanged() {
        assertThat(TerminalText.escape("Ảnh phố cổ Hà Nội.jpg")).isEqualTo("Ảnh phố cổ Hà Nội.jpg");
        assertThat(TerminalText.escape("a\u202Egpj.exe")).isEqualTo("a\\u202egpj.exe");
    }
}
