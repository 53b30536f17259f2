package org.disan.batch.bench.ingest;

import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * Keeps the fastest of repeated measurements. Whatever else runs on the machine can only slow a
 * run down, never speed it up, so the fastest run is the one nearest to what the work costs.
 */
final class Fastest {

    private Fastest() {}

    /** The faster of a measurement kept so far ({@code null}: none yet) and a new one. */
    static <T> T of(T kept, T next, ToDoubleFunction<T> seconds) {
        return kept == null || seconds.applyAsDouble(next) < seconds.applyAsDouble(kept) ? next : kept;
    }

    /** The fastest of {@code rounds} runs of {@code measurement}. */
    static <T> T of(int rounds, Callable<T> measurement, ToDoubleFunction<T> seconds) throws Exception {
        T kept = null;
        for (int round = 0; round < Math.max(1, rounds); round++) {
            kept = of(kept, measurement.call(), seconds);
        }
        return kept;
    }
}
