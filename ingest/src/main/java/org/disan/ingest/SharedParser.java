package org.disan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The parser process of every ingester and ingest thread of this JVM that starts them the same
 * way. One process reads the files of all threads at once: it loads Tika and compiles its hot code
 * once, where a process per thread would do that once per thread and need a heap per thread. A
 * process that has taken its share of files or whose heap stays full is replaced: new files go to
 * a new one, and the old one stops once it has answered the files it holds. When the isolation's
 * {@link ParserIsolation#keepIdle()} is not zero, a job that ends leaves the warm process here for
 * the next job; one idle longer than that is stopped, and every one is stopped as this JVM exits.
 */
final class SharedParser {

    private static final Map<ParserIsolation, SharedParser> BY_ISOLATION = new ConcurrentHashMap<>();
    private static final ExecutorService AHEAD = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "disan-parser-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private static final ScheduledExecutorService REAPER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "disan-idle-parsers");
        thread.setDaemon(true);
        return thread;
    });

    private final ParserIsolation isolation;
    /** The process new files go to; {@code null} until one is needed. */
    private ParserClient current;
    /** A process started before any file asked for one (see {@link #startAhead}), or {@code null}. */
    private CompletableFuture<ParserClient> ahead;
    /** Files each live process is reading now; a process with none is idle. */
    private final Map<ParserClient, Integer> reading = new IdentityHashMap<>();
    private long idleSinceNanos;

    private SharedParser(ParserIsolation isolation) {
        this.isolation = isolation;
        Duration keep = isolation.keepIdle();
        if (!keep.isZero()) {
            long every = Math.max(1000, keep.toMillis() / 2);
            REAPER.scheduleWithFixedDelay(() -> stopIfIdleLongerThan(keep), every, every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * How long this JVM, as it exits, waits for each of its processes to end. A process left to end
     * on its own once this JVM is gone would cost more: the JVM's exit waits 0.3 s for threads
     * still in native code, and the thread that watches a child process is one until the child ends.
     */
    private static final AtomicReference<Duration> EXIT_WAIT = new AtomicReference<>(Duration.ofSeconds(2));
    private static final AtomicBoolean STOPPED_AT_EXIT = new AtomicBoolean();

    /** See {@link ParserIsolation#awaitProcessesAtExit}. */
    static void awaitAllAtExit(Duration limit) {
        EXIT_WAIT.accumulateAndGet(limit, (current, asked) -> asked.compareTo(current) > 0 ? asked : current);
        stopAllAtExit();
    }

    private static void stopAllAtExit() {
        if (STOPPED_AT_EXIT.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> BY_ISOLATION.values().forEach(shared -> shared.stopAll(EXIT_WAIT.get())), "disan-parser-exit"));
        }
    }

    /** Asks every process held here to end once it has answered its files, waiting up to {@code limit} for each. */
    private synchronized void stopAll(Duration limit) {
        if (current == null && ahead != null) {
            current = startedAhead();
        }
        for (ParserClient process : new ArrayList<>(reading.keySet())) {
            process.stop(limit);
        }
        if (current != null && !reading.containsKey(current)) {
            current.stop(limit);
        }
        current = null;
    }

    /** The shared process of the ingesters whose processes start as {@code isolation} says. */
    static SharedParser of(ParserIsolation isolation) {
        stopAllAtExit();
        return BY_ISOLATION.computeIfAbsent(isolation, SharedParser::new);
    }

    /**
     * Starts a process in the background when none is running or starting, so that a job's first
     * file finds it ready: loading Tika takes seconds that the caller can spend on its own start.
     */
    synchronized void startAhead() {
        if (current == null && ahead == null) {
            ahead = CompletableFuture.supplyAsync(() -> {
                try {
                    return ParserClient.start(isolation);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, AHEAD);
        }
    }

    /** The process to send a file to, started when there is none fit for more files; give it back with {@link #release}. */
    synchronized ParserClient take() throws IOException {
        if (current == null && ahead != null) {
            current = startedAhead();
        }
        if (current == null || current.spent(isolation.filesPerProcess())) {
            ParserClient replaced = current;
            current = null;
            stopIfIdle(replaced);
            current = ParserClient.start(isolation);
        }
        reading.merge(current, 1, Integer::sum);
        return current;
    }

    /** The caller's file is done (read, failed or killed); a replaced process with no files left stops. */
    synchronized void release(ParserClient process) {
        if (reading.merge(process, -1, Integer::sum) <= 0) {
            reading.remove(process);
            if (process == current && !process.spent(isolation.filesPerProcess())) {
                idleSinceNanos = System.nanoTime();
            } else {
                if (process == current) {
                    current = null;
                }
                process.stop();
            }
        }
    }

    /** The process started ahead, once ready, or {@code null} when it failed to start (the caller starts one itself). */
    private ParserClient startedAhead() {
        CompletableFuture<ParserClient> started = ahead;
        ahead = null;
        try {
            return started.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }

    /** Stops the process if no file is being read in it now (a busy one stops when its files are done). */
    synchronized void stopIdle() {
        if (current == null && ahead != null) {
            current = startedAhead();
        }
        if (current != null && !reading.containsKey(current)) {
            current.stop();
            current = null;
        }
    }

    /** Live processes held here, busy or idle. */
    synchronized int processes() {
        int count = reading.size();
        if (current != null && !reading.containsKey(current)) {
            count++;
        }
        return count;
    }

    private void stopIfIdle(ParserClient process) {
        if (process != null && !reading.containsKey(process)) {
            process.stop();
        }
    }

    private synchronized void stopIfIdleLongerThan(Duration limit) {
        if (current != null && !reading.containsKey(current) && System.nanoTime() - idleSinceNanos >= limit.toNanos()) {
            current.stop();
            current = null;
        }
    }
}
