package org.disan.batch.bench.cold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.disan.ingest.StartupMarks;

/**
 * One run of a {@code disan} launcher as a new process, as an archivist runs it: wall time from
 * exec to exit, and the moments it passed on the way. A build that marks its phases
 * ({@link StartupMarks}) gives them all; for one that does not, the moments its output lines
 * appeared stand in where they can ({@code Scanned ...} after the scan, {@code Ingest of ...}
 * when the report is written).
 */
final class LauncherRun {

    /** Marks a build without {@link StartupMarks} still shows, by the output lines that go with them. */
    static final String SCANNED_LINE = "line.scanned";
    static final String SUMMARY_LINE = "line.summary";
    private static final int LINES_KEPT = 40;
    private static final long LIMIT_MINUTES = 60;

    /**
     * @param marks epoch milliseconds of each mark seen
     * @param tail the last lines of output, to show when the run failed
     */
    record Result(long startMillis, double seconds, int exitCode, Map<String, Long> marks, List<String> tail) {}

    private LauncherRun() {}

    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put(StartupMarks.ENABLED_BY, "1");
        Map<String, Long> marks = new ConcurrentHashMap<>();
        Deque<String> tail = new ArrayDeque<>();
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        Thread out = reader(process.getInputStream(), marks, tail);
        Thread err = reader(process.getErrorStream(), marks, tail);
        if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command + " did not end within " + LIMIT_MINUTES + " minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.join();
        err.join();
        synchronized (tail) {
            return new Result(startMillis, seconds, process.exitValue(), Map.copyOf(marks), new ArrayList<>(tail));
        }
    }

    private static Thread reader(InputStream stream, Map<String, Long> marks, Deque<String> tail) {
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    read(line, System.currentTimeMillis(), marks, tail);
                }
            } catch (IOException e) {
                // The process ended; its exit code tells how.
            }
        }, "cold-bench-output");
        thread.start();
        return thread;
    }

    static void read(String line, long seenAt, Map<String, Long> marks, Deque<String> tail) {
        if (line.startsWith(StartupMarks.LINE_PREFIX)) {
            String[] parts = line.substring(StartupMarks.LINE_PREFIX.length()).trim().split(" ");
            if (parts.length == 2) {
                marks.putIfAbsent(parts[0], Long.parseLong(parts[1]));
                return;
            }
        }
        if (line.startsWith("Scanned ")) {
            marks.putIfAbsent(SCANNED_LINE, seenAt);
        } else if (line.startsWith("Ingest of ")) {
            marks.putIfAbsent(SUMMARY_LINE, seenAt);
        }
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > LINES_KEPT) {
                tail.removeFirst();
            }
        }
    }
}
