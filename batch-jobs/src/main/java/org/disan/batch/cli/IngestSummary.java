package org.disan.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.disan.batch.TerminalText;
import org.disan.batch.ingest.IngestReport;
import org.springframework.batch.core.JobExecution;

/**
 * Prints an ingest's report for the person who ran it. Everything that comes from the submission
 * goes through {@link TerminalText}, so a file name cannot send escape sequences to the terminal.
 */
final class IngestSummary {

    private final PrintWriter out;

    IngestSummary(PrintWriter out) {
        this.out = out;
    }

    void print(IngestReport report, Path reportFile) {
        out.println();
        out.printf("Ingest of %s%n", TerminalText.escape(report.folder()));
        out.printf("  files found   %d%n", report.filesFound());
        out.printf("  ingested      %d%n", report.ingested());
        out.printf("  duplicates    %d (already in the archive; not stored again)%n", report.duplicates());
        out.printf("  failed        %d%n", report.failed());
        out.printf("  problems      %d (with the submission itself)%n", report.problems().size());
        if (report.startedAt() != null && report.finishedAt() != null) {
            Duration took = Duration.between(report.startedAt(), report.finishedAt());
            out.printf("  took          %d.%01d s%n", took.toSeconds(), took.toMillisPart() / 100);
        }
        section("Problems with the submission:", report.problems().stream().map(p -> "  - " + p).toList());
        section("Metadata sheet:", report.sheetNotes().stream().map(n -> "  - " + n).toList());
        section("Failed files:", report.failures().stream()
                .map(f -> "  - " + f.file() + ": " + String.join("; ", f.messages())).toList());
        section("Warnings:", report.warnings().stream()
                .map(w -> "  - " + w.file() + ": " + String.join("; ", w.messages())).toList());
        out.println();
        out.printf("Archive: %s (store, index)%n", TerminalText.escape(report.dataFolder()));
        out.printf("Report:  %s%n", reportFile);
        out.printf("Page:    %s%n", reportFile.resolveSibling(reportFile.getFileName().toString().replace(".json", ".html")));
        out.printf("Outcome of every file: %s%n", TerminalText.escape(report.outcomesFile()));
        out.flush();
    }

    void printFailure(JobExecution execution) {
        out.println();
        out.printf("The ingest job did not complete (status %s).%n", execution.getStatus());
        execution.getAllFailureExceptions()
                .forEach(failure -> out.println("  cause: " + TerminalText.escape(CommandErrors.describe(failure))));
        out.println("Files already stored are kept. Run the same command again to resume.");
        out.flush();
    }

    private void section(String title, java.util.List<String> lines) {
        if (!lines.isEmpty()) {
            out.println();
            out.println(title);
            lines.stream().map(TerminalText::escape).forEach(out::println);
        }
    }
}
