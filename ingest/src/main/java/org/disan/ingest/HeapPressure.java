package org.disan.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Whether this JVM's heap stays full after garbage collection: what a parser process that leaks
 * (caches that only grow, parsers that keep what they read) looks like long before it runs out of
 * memory. Such a process is better replaced after its current file than kept for the next one.
 */
final class HeapPressure {

    /**
     * From this share of the maximum heap still in use after a collection, a process retires;
     * the system property {@value #RETIRE_AT_PROPERTY} of the parser process may set another.
     */
    static final double RETIRE_AT = 0.5;
    static final String RETIRE_AT_PROPERTY = "disan.parser.retire-at";

    private HeapPressure() {}

    /** Heap in use as the last collection of each pool left it, as a share of the maximum heap. */
    static double afterLastCollection() {
        long max = Runtime.getRuntime().maxMemory();
        if (max <= 0 || max == Long.MAX_VALUE) {
            return 0;
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null) {
                used += afterCollection.getUsed();
            }
        }
        return (double) used / max;
    }

    /** Whether this process should be replaced after the file it is parsing. */
    static boolean high() {
        String configured = System.getProperty(RETIRE_AT_PROPERTY);
        double limit = configured == null ? RETIRE_AT : Double.parseDouble(configured);
        return afterLastCollection() >= limit;
    }
}
