package org.disan.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Adds up the wall time spent in each ingest stage, across every thread that ingests. Cheap
 * enough to be always on (two clock reads and an adder per stage and file), so a benchmark or a
 * report can say where an ingest's time went.
 */
public final class StageClock {

    public enum Stage {
        /** Size check, content-type detection and SHA-256. */
        IDENTIFY,
        /** Tika text and metadata of files that were not OCRed (in a parser process or here). */
        EXTRACT,
        /** Tika extraction of files that went through Tesseract. */
        OCR,
        /** Image thumbnails. */
        DERIVE,
        /** Duplicate check, copying the original and writing the record JSON. */
        STORE,
        /** Bulk indexing of stored records. */
        INDEX
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> files = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
            files.put(stage, new LongAdder());
        }
    }

    /** Nanosecond timestamp to pass to {@link #stop} when the stage is done. */
    public long start() {
        return System.nanoTime();
    }

    /** Adds the time since {@code startNanos} to the stage, counting one more item. */
    public void stop(Stage stage, long startNanos) {
        nanos.get(stage).add(System.nanoTime() - startNanos);
        files.get(stage).increment();
    }

    public Duration total(Stage stage) {
        return Duration.ofNanos(nanos.get(stage).sum());
    }

    /** How many times the stage ran (files, or bulk calls for {@link Stage#INDEX}). */
    public long count(Stage stage) {
        return files.get(stage).sum();
    }

    /** Every stage's total so far. */
    public Map<Stage, Duration> totals() {
        Map<Stage, Duration> totals = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            totals.put(stage, total(stage));
        }
        return Collections.unmodifiableMap(totals);
    }

    /** Starts again from zero, e.g. between two timed runs in one process. */
    public void reset() {
        nanos.values().forEach(LongAdder::reset);
        files.values().forEach(LongAdder::reset);
    }
}
