package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.disan.batch.ingest.IngestReport.FileIssue;
import org.springframework.web.util.HtmlUtils;

/**
 * The readable twin of an ingest's JSON report: one self-contained HTML page with the counts,
 * how long it took, the submission's problems, each failed file with its reason, each duplicate
 * and each file with warnings (OCR or media skipped, partial text...). File names and messages
 * come from the submission, so everything is escaped.
 */
public final class IngestReportPage {

    private IngestReportPage() {}

    /** Writes the page atomically, so a reader never sees half of it. */
    public static Path write(IngestReport report, List<OutcomeLine> outcomes, Path file) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".report-", ".html");
        try {
            Files.writeString(temp, render(report, outcomes), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }

    static String render(IngestReport report, List<OutcomeLine> outcomes) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Ingest " + report.jobInstanceId() + "</title>"
                + "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.2em .8em;text-align:left}"
                + "th{background:#eee}</style></head><body>\n");
        html.append("<h1>Ingest of ").append(escape(report.folder())).append("</h1>\n<table>\n");
        row(html, "Files found", report.filesFound());
        row(html, "Ingested", report.ingested());
        row(html, "Duplicates", report.duplicates());
        row(html, "Failed", report.failed());
        row(html, "Not yet processed", report.unprocessed());
        row(html, "Started", report.startedAt());
        row(html, "Finished", report.finishedAt());
        if (report.startedAt() != null && report.finishedAt() != null) {
            row(html, "Took", Duration.between(report.startedAt(), report.finishedAt()).toMillis() / 1000.0 + " s");
        }
        html.append("</table>\n");
        list(html, "Problems with the submission", report.problems());
        issues(html, "Failed files", report.failures());
        list(html, "Duplicates (already in the archive)", outcomes.stream()
                .filter(line -> "DUPLICATE".equals(line.status()))
                .map(line -> line.file() + " = record " + line.recordId())
                .toList());
        issues(html, "Warnings (OCR, media or text skipped or partial)", report.warnings());
        html.append("<p>Every file's outcome: ").append(escape(report.outcomesFile())).append("</p>\n</body></html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, Object value) {
        html.append("<tr><th>").append(label).append("</th><td>").append(escape(String.valueOf(value)))
                .append("</td></tr>\n");
    }

    private static void list(StringBuilder html, String title, List<String> items) {
        html.append("<h2>").append(title).append(" (").append(items.size()).append(")</h2>\n");
        if (!items.isEmpty()) {
            html.append("<ul>\n");
            items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    private static void issues(StringBuilder html, String title, List<FileIssue> issues) {
        list(html, title, issues.stream()
                .map(issue -> issue.file() + ": " + String.join("; ", issue.messages()))
                .toList());
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
