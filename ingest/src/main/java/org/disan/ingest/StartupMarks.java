package org.disan.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks the moments a command passes on its way from start to exit (the Spring context is up, the
 * submission is scanned, the parser process is ready...) as lines on standard error, for the cold
 * benchmark to read: {@code disan-phase NAME EPOCH-MILLISECONDS}. Silent unless the environment
 * variable {@value #ENABLED_BY} is {@code 1}; each name is marked once per process.
 */
public final class StartupMarks {

    public static final String ENABLED_BY = "DISAN_PHASE_MARKS";
    public static final String LINE_PREFIX = "disan-phase ";

    private static final boolean ENABLED = "1".equals(System.getenv(ENABLED_BY));
    private static final Set<String> MARKED = ConcurrentHashMap.newKeySet();
    private static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    private StartupMarks() {}

    /** Marks the phase reached now, the first time it is reached. */
    public static void mark(String phase) {
        if (ENABLED && MARKED.add(phase)) {
            ERR.println(LINE_PREFIX + phase + " " + System.currentTimeMillis());
        }
    }
}
