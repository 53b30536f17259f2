package org.disan.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs in-process work on a file (a parse, a page render) with a time limit. Work that overruns
 * is abandoned and its thread interrupted; code stuck in a loop that ignores interruption keeps
 * its thread, which is why the threads are daemons.
 */
final class TimeLimiter implements AutoCloseable {

    private final Duration limit;
    private final ExecutorService threads = Executors.newCachedThreadPool(daemonThreads());

    TimeLimiter(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /**
     * @throws TimeoutException when the work overran (it has been cancelled)
     * @throws ExecutionException wrapping whatever the work threw
     */
    <T> T call(Callable<T> work) throws TimeoutException, ExecutionException {
        return start(work).result();
    }

    /** Starts the work and returns at once; its limit runs from now. */
    <T> Limited<T> start(Callable<T> work) {
        return new Limited<>(threads.submit(work), System.nanoTime() + limit.toNanos());
    }

    /** Work under way, which must end by its deadline. */
    static final class Limited<T> {

        private final Future<T> running;
        private final long deadlineNanos;

        private Limited(Future<T> running, long deadlineNanos) {
            this.running = running;
            this.deadlineNanos = deadlineNanos;
        }

        /**
         * Waits for the work until its deadline.
         *
         * @throws TimeoutException when the work overran (it has been cancelled)
         * @throws ExecutionException wrapping whatever the work threw
         */
        T result() throws TimeoutException, ExecutionException {
            try {
                return running.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                running.cancel(true);
                throw e;
            } catch (InterruptedException e) {
                running.cancel(true);
                Thread.currentThread().interrupt();
                throw new ExecutionException("interrupted while waiting", e);
            }
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "disan-limited-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
