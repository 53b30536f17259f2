package org.disan.batch.bench.cold;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disan.batch.bench.cold.ColdBenchReport.CaseResult;
import org.disan.batch.bench.cold.ColdBenchReport.Run;

/** Prints the cold benchmark's table: per case and build, the fastest run's wall time and where it went. */
final class ColdTable {

    private static final List<String> PHASES = List.of(ColdPhases.JVM, ColdPhases.APPLICATION,
            ColdPhases.JOB_REPOSITORY, ColdPhases.SCAN, ColdPhases.PARSER_START, ColdPhases.UNTIL_SCANNED,
            ColdPhases.FILES, ColdPhases.REPORT_AND_CLOSE);
    private static final String ROW = "%-20s %-13s %-8s %7s %6s %6s %6s %6s %6s %7s %7s %7s %9s%n";

    private final PrintWriter print;

    ColdTable(PrintWriter print) {
        this.print = print;
    }

    void print(ColdBenchReport report) {
        print.printf("%nCold ingest, wall seconds from exec to exit, fastest of %d (new: %s; baseline: %s)%n",
                report.rounds(), report.newBuild(), report.baselineCommit() != null
                        ? report.baselineCommit() : report.baseline());
        print.printf(ROW, "case", "index", "build", "wall", "jvm", "app", "jobrep", "scan", "parser", "scanned",
                "files", "report", "new/base");
        for (CaseResult result : report.cases()) {
            row(result, "new", result.fastestNew(), String.format(Locale.ROOT, "%.2f", result.ratio()));
            row(result, "baseline", result.fastestBaseline(), "");
        }
        print.printf(Locale.ROOT, "First, untimed run of each build (it may set up caches): %s%n", report.firstRuns());
        print.println("jvm: exec to main; app: to the Spring context; jobrep: to the job's first step; parser: the"
                + " parser process's start (may overlap others);");
        print.println("scanned: exec to the scan's line; files: to the summary; report: the summary to exit.");
        if (report.submission() != null) {
            ServeSubmission.Result served = report.submission();
            print.printf(Locale.ROOT, "%nOne-file zip POSTed to a running `disan serve` (%s): searchable %.2f s after"
                    + " the 202 (fastest of %d: %s)%n", served.index(), served.fastest(), served.seconds().size(),
                    served.seconds());
        }
        print.flush();
    }

    private void row(CaseResult result, String build, Run run, String ratio) {
        Object[] cells = new Object[13];
        cells[0] = result.name();
        cells[1] = result.backend();
        cells[2] = build;
        cells[3] = String.format(Locale.ROOT, "%.2f", run.seconds());
        Map<String, Double> phases = run.phases();
        for (int i = 0; i < PHASES.size(); i++) {
            Double seconds = phases.get(PHASES.get(i));
            cells[4 + i] = seconds == null ? "-" : String.format(Locale.ROOT, "%.2f", seconds);
        }
        cells[12] = ratio;
        print.printf(ROW, cells);
    }
}
