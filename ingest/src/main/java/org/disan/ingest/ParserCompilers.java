package org.disan.ingest;

import java.util.List;

/**
 * Which JIT compilers a parser process runs: those of the JVM that starts it. The launcher gives
 * the commands that end within minutes C1 alone, and their parser process gains as much from it:
 * C2 compiles Tika's parsers for longer than a cold ingest runs them. Against the parser process
 * with both compilers ({@link #PATIENT_C2}), C1 alone took 1.3 s off a cold ingest of 308 mixed
 * files (14 s) and 5 s off one of 1,509 files (37 s). Its hashing is OpenSSL's, which needs no C2.
 * A long-lived JVM (the server, a worker) keeps both, and so does its parser process.
 */
final class ParserCompilers {

    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String STOP_LEVEL = "-XX:TieredStopAtLevel=";

    /**
     * C2 compiles a method after five times the calls and loop turns it usually waits for. Tika's
     * parsers reach thousands of methods that are warm for a few hundred files and then cold: with
     * the usual thresholds, a cold ingest of 300 mixed files spent 5 of its parser process's 14 CPU
     * seconds in C2, most on code that never ran long enough to repay it; these thresholds saved
     * about 2.5 CPU s of that ingest's 31. Code that stays hot (inflating, the PDF lexer) still
     * reaches C2 within its first megabytes.
     */
    static final List<String> PATIENT_C2 = List.of("-XX:Tier4InvocationThreshold=25000",
            "-XX:Tier4MinInvocationThreshold=3000", "-XX:Tier4CompileThreshold=75000",
            "-XX:Tier4BackEdgeThreshold=200000");

    private ParserCompilers() {}

    /**
     * The compiler flags of a parser process started by a JVM with these arguments: C1 alone when
     * that JVM stops below C2 (the last such flag counts, as in the JVM), otherwise {@link #PATIENT_C2}.
     */
    static List<String> like(List<String> starterArguments) {
        String stopLevel = null;
        for (String argument : starterArguments) {
            if (argument.startsWith(STOP_LEVEL)) {
                stopLevel = argument.substring(STOP_LEVEL.length());
            }
        }
        return stopLevel != null && List.of("1", "2", "3").contains(stopLevel) ? List.of(C1_ONLY) : PATIENT_C2;
    }
}
