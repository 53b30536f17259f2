package org.disan.batch.bench.ingest;

import java.time.Duration;

/**
 * Waits until the JIT compilers of this JVM and of its parser processes have caught up. Starting
 * an application context queues compilations (property binding, bean creation) that take the
 * compiler seconds to work through; a run timed straight after the start would time them beside
 * the ingest, and more so with two threads, where no core is left idle to absorb them.
 */
final class SettledCompilers {

    private static final Duration POLL = Duration.ofMillis(100);
    /** Compiler CPU below this over {@link #QUIET} counts as settled: a few small methods at most. */
    private static final double IDLE_JIT_SECONDS = 0.02;
    private static final Duration QUIET = Duration.ofMillis(500);

    private SettledCompilers() {}

    /**
     * Returns once the compilers have used almost no CPU for half a second, or after {@code atMost}.
     *
     * @return how long it waited
     */
    static Duration await(Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        double quietSince = CpuMeter.upkeep().jitSeconds();
        long quietFrom = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            double jit = CpuMeter.upkeep().jitSeconds();
            if (jit - quietSince > IDLE_JIT_SECONDS) {
                quietSince = jit;
                quietFrom = System.nanoTime();
            } else if (System.nanoTime() - quietFrom >= QUIET.toNanos()) {
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
