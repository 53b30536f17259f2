package org.disan.batch.bench.cold;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the wall time of one launcher run went, in seconds. The three phases every build shows
 * (by its output lines) add up to the wall time: until the submission was scanned, the files,
 * and the report and close. A build that marks its phases also splits the first of them, and says
 * how long its parser process took to start (which may overlap other phases).
 */
final class ColdPhases {

    static final String JVM = "jvm";
    static final String APPLICATION = "application";
    static final String JOB_REPOSITORY = "jobRepository";
    static final String SCAN = "scan";
    static final String PARSER_START = "parserStart";
    static final String UNTIL_SCANNED = "untilScanned";
    static final String FILES = "files";
    static final String REPORT_AND_CLOSE = "reportAndClose";

    private ColdPhases() {}

    /** The phases of a run, in seconds; a phase whose marks the build did not give is left out. */
    static Map<String, Double> of(LauncherRun.Result run) {
        Map<String, Long> marks = run.marks();
        long exec = run.startMillis();
        long exit = exec + Math.round(run.seconds() * 1000);
        Map<String, Double> phases = new LinkedHashMap<>();
        put(phases, JVM, exec, marks.get("main"));
        put(phases, APPLICATION, marks.get("main"), marks.get("context"));
        put(phases, JOB_REPOSITORY, marks.get("context"), marks.get("scanSubmissionStep.start"));
        put(phases, SCAN, marks.get("scanSubmissionStep.start"), marks.get("scanSubmissionStep.end"));
        put(phases, PARSER_START, marks.get("parser.start"), marks.get("parser.ready"));
        put(phases, UNTIL_SCANNED, exec, marks.get(LauncherRun.SCANNED_LINE));
        put(phases, FILES, marks.get(LauncherRun.SCANNED_LINE), marks.get(LauncherRun.SUMMARY_LINE));
        put(phases, REPORT_AND_CLOSE, marks.get(LauncherRun.SUMMARY_LINE), exit);
        return phases;
    }

    private static void put(Map<String, Double> phases, String name, Long from, Long to) {
        if (from != null && to != null) {
            phases.put(name, (to - from) / 1000.0);
        }
    }
}
