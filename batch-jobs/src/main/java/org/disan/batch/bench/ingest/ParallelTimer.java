package org.disan.batch.bench.ingest;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one piece of work per item on a fixed number of threads and reports the wall and CPU time. */
final class ParallelTimer {

    interface Work<T> {
        void run(T item) throws Exception;
    }

    /** Wall seconds from the first item to the last, and the CPU seconds spent meanwhile (see {@link CpuMeter}). */
    record Timing(double seconds, double cpuSeconds) {}

    /**
     * @param failures counts items whose work threw (a floor keeps going, as the pipeline does)
     */
    static <T> Timing time(List<T> items, int threads, Work<T> work, AtomicInteger failures)
            throws InterruptedException {
        // Compilations queued by the work timed before this one would otherwise be timed here.
        SettledCompilers.await(PipelineRun.SETTLE_AT_MOST);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double cpu = CpuMeter.seconds();
        long start = System.nanoTime();
        try {
            List<Future<?>> running = items.stream()
                    .map(item -> pool.submit(() -> {
                        try {
                            work.run(item);
                        } catch (Exception | OutOfMemoryError e) {
                            failures.incrementAndGet();
                        }
                    }))
                    .<Future<?>>map(future -> future)
                    .toList();
            for (Future<?> future : running) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a floor task broke: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Timing((System.nanoTime() - start) / 1e9, CpuMeter.seconds() - cpu);
    }

    private ParallelTimer() {}
}
