package org.disan.batch.bench.search;

import java.util.Arrays;

/** Latencies of repeated timed calls, in nanoseconds, and their percentiles in milliseconds. */
public final class Latencies {

    private long[] nanos = new long[256];
    private int count;

    public void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile ({@code p} in 0–100) in milliseconds. */
    double percentileMillis(double p) {
        if (count == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }

    public Summary summary() {
        return new Summary(count, percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }

    /** What the report shows of a set of latencies. */
    public record Summary(int samples, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {}
}
