package org.disan.batch.ingest;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.disan.ingest.IngestOutcome.Status;
import org.springframework.batch.item.ExecutionContext;

/** How many files ended in each status, kept in a step's execution context across restarts. */
final class OutcomeCounts {

    private final Map<Status, Long> counts = new EnumMap<>(Status.class);

    synchronized void add(Status status) {
        counts.merge(status, 1L, Long::sum);
    }

    synchronized long get(Status status) {
        return counts.getOrDefault(status, 0L);
    }

    synchronized void restoreFrom(ExecutionContext context) {
        for (Status status : Status.values()) {
            counts.put(status, context.getLong(key(status), 0L));
        }
    }

    /** Adds the counts kept in another step's context (a partition's) to these. */
    synchronized void addFrom(ExecutionContext context) {
        for (Status status : Status.values()) {
            counts.merge(status, context.getLong(key(status), 0L), Long::sum);
        }
    }

    synchronized void saveTo(ExecutionContext context) {
        for (Status status : Status.values()) {
            context.putLong(key(status), get(status));
        }
    }

    static String key(Status status) {
        return "outcomes." + status.name().toLowerCase(Locale.ROOT);
    }
}
