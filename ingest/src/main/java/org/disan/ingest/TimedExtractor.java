package org.disan.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an extraction with a time limit. A parse that overruns is reported as failed and its
 * thread interrupted; a parser stuck in a loop that ignores interruption keeps its thread, which
 * is why the threads are daemons and each overrun is reported.
 */
final class TimedExtractor implements AutoCloseable {

    private final Extractor extractor;
    private final Duration limit;
    private final ExecutorService threads = Executors.newCachedThreadPool(daemonThreads());

    TimedExtractor(Extractor extractor, Duration limit) {
        this.extractor = extractor;
        this.limit = limit;
    }

    Extraction extract(Path file, String fileName, Identification id, OcrPlan ocr) {
        Future<Extraction> running = threads.submit(() -> extractor.extract(file, fileName, id, ocr));
        try {
            return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return Extraction.failed("reading took longer than " + limit.toSeconds()
                    + " s (the limit for one file); given up");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return Extraction.failed("reading needed more memory than this process has");
            }
            return Extraction.failed(ParseFailures.describe(cause, id));
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return Extraction.failed("interrupted while reading");
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "disan-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
