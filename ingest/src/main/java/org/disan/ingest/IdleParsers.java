package org.disan.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Parser processes that are not parsing now, shared by every ingester of this JVM that starts
 * them the same way. A parser process loads Tika and compiles its hot code once and then parses
 * hundreds of files; when its {@link ParserIsolation#keepIdle()} is not zero, a job that ends
 * leaves its warm processes here for the next job instead of making it start and warm new ones.
 * Processes idle longer than that are stopped, and every one ends with this JVM (its standard
 * input closes).
 */
final class IdleParsers {

    private static final Map<ParserIsolation, IdleParsers> BY_ISOLATION = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService REAPER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "disan-idle-parsers");
        thread.setDaemon(true);
        return thread;
    });

    private record Idle(ParserProcess process, long sinceNanos) {}

    private final ParserIsolation isolation;
    /** Last in, first out: the most recently used process is the warmest. */
    private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();

    private IdleParsers(ParserIsolation isolation) {
        this.isolation = isolation;
        Duration keep = isolation.keepIdle();
        if (!keep.isZero()) {
            long every = Math.max(1000, keep.toMillis() / 2);
            REAPER.scheduleWithFixedDelay(() -> stopIdleLongerThan(keep), every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** The pool of processes started as {@code isolation} says. */
    static IdleParsers of(ParserIsolation isolation) {
        return BY_ISOLATION.computeIfAbsent(isolation, IdleParsers::new);
    }

    /** An idle live process, or a new one when there is none. */
    ParserProcess take() throws IOException {
        Idle entry;
        while ((entry = idle.pollFirst()) != null) {
            if (entry.process().isAlive()) {
                return entry.process();
            }
        }
        return ParserProcess.start(isolation);
    }

    /** Keeps a process that answered for the next file, unless it has parsed its share or its heap stays full. */
    void giveBack(ParserProcess process) {
        if (process.spent(isolation.filesPerProcess())) {
            process.stop();
        } else {
            idle.addFirst(new Idle(process, System.nanoTime()));
        }
    }

    /** Stops every idle process (those parsing now come back later and are kept or stopped then). */
    void stopIdle() {
        stopIdleLongerThan(Duration.ZERO);
    }

    int idleCount() {
        return idle.size();
    }

    private void stopIdleLongerThan(Duration limit) {
        long now = System.nanoTime();
        for (Iterator<Idle> it = idle.iterator(); it.hasNext(); ) {
            Idle entry = it.next();
            if (now - entry.sinceNanos() >= limit.toNanos() && idle.removeFirstOccurrence(entry)) {
                entry.process().stop();
            }
        }
    }
}
