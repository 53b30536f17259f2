package org.disan.batch.bench.ingest;

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
}
