package org.disan.batch.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Watches a run's file count and, every {@code every} files, collects garbage and notes the heap
 * still in use: if that figure climbs from sample to sample, something is kept that should not be.
 */
final class HeapSampler {

    private static final long POLL_MILLIS = 100;

    private final LongSupplier filesDone;
    private final int every;
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running;
    private Thread thread;

    HeapSampler(LongSupplier filesDone, int every) {
        this.filesDone = filesDone;
        this.every = every;
    }

    void start() {
        if (every <= 0) {
            return;
        }
        running = true;
        thread = new Thread(this::watch, "disan-bench-heap");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join();
            sample(filesDone.getAsLong());
        }
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private void watch() {
        long next = every;
        while (running) {
            long done = filesDone.getAsLong();
            if (done >= next) {
                sample(done);
                next = (done / every + 1) * every;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sample(long files) {
        System.gc();
        long used = usedAfterLastCollection();
        synchronized (this) {
            samples.add(new Sample(files, used));
        }
    }

    /**
     * The heap in use as each pool's collector left it: read right after the collection, so the
     * ingest threads' allocations since then do not blur what was kept.
     */
    private static long usedAfterLastCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                used += afterGc.getUsed();
            }
        }
        return used > 0 ? used : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The least-squares slope of heap after GC against files, in bytes per thousand files: near
     * zero when memory stays flat, clearly positive when every file leaves something behind.
     * NaN with fewer than two samples.
     */
    static double slopePerThousandFiles(List<Sample> samples) {
        int n = samples.size();
        if (n < 2) {
            return Double.NaN;
        }
        double meanFiles = samples.stream().mapToDouble(Sample::files).average().orElse(0);
        double meanHeap = samples.stream().mapToDouble(Sample::heapUsedAfterGc).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Sample sample : samples) {
            covariance += (sample.files() - meanFiles) * (sample.heapUsedAfterGc() - meanHeap);
            variance += (sample.files() - meanFiles) * (sample.files() - meanFiles);
        }
        return variance == 0 ? Double.NaN : 1000 * covariance / variance;
    }

    /** Heap bytes in use right after a full collection, once {@code files} files were identified. */
    record Sample(long files, long heapUsedAfterGc) {}
}
