package org.disan.batch.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The readable page of a job's report, the same for every job: a heading, a table of figures,
 * then titled lists (failures, findings...), then a closing note. Everything shown is escaped,
 * since file names and messages come from submissions and servers. Written atomically, so a
 * reader never sees half a page.
 */
public final class ReportPage {

    private final StringBuilder html = new StringBuilder();
    private boolean tableOpen;

    public ReportPage(String title, String heading) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}td,th{padding:.2em .8em;text-align:left}")
                .append("th{background:#eee}</style></head><body>\n")
                .append("<h1>").append(escape(heading)).append("</h1>\n");
    }

    /** A figure in the table at the top. */
    public ReportPage row(String label, Object value) {
        if (!tableOpen) {
            html.append("<table>\n");
            tableOpen = true;
        }
        html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(String.valueOf(value)))
                .append("</td></tr>\n");
        return this;
    }

    /** The start, end and length of a run, as far as they are known. */
    public ReportPage times(Instant started, Instant finished) {
        row("Started", started);
        row("Finished", finished);
        if (started != null && finished != null) {
            row("Took", Duration.between(started, finished).toMillis() / 1000.0 + " s");
        }
        return this;
    }

    /** A titled list with its length; only the title when it is empty. */
    public ReportPage list(String title, List<String> items) {
        closeTable();
        html.append("<h2>").append(escape(title)).append(" (").append(items.size()).append(")</h2>\n");
        if (!items.isEmpty()) {
            html.append("<ul>\n");
            items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return this;
    }

    /** A closing paragraph, such as where the full data is. */
    public ReportPage note(String text) {
        closeTable();
        html.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    public String render() {
        closeTable();
        return html + "</body></html>\n";
    }

    public Path writeTo(Path file) throws IOException {
        return AtomicFiles.write(file, render());
    }

    private void closeTable() {
        if (tableOpen) {
            html.append("</table>\n");
            tableOpen = false;
        }
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
