package org.disan.search.document;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;

/**
 * When a record last changed as a harvester sees it (OAI-PMH datestamps, UTC, whole seconds), and
 * whether a harvester that may hold it must be told it is gone. Both backends index these values,
 * so every harvest agrees on them.
 *
 * <p>A record's own change instant is {@link ArchiveRecord#lastModified()}, which ingest sets and every
 * access change moves; only {@link #changedAt} reads it.
 */
public final class RecordDatestamp {

    private RecordDatestamp() {}

    /** When the record's metadata or access last changed, in whole seconds. */
    public static Instant changedAt(ArchiveRecord record) {
        Instant modified = record.lastModified();
        return (modified == null ? Instant.EPOCH : modified).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The datestamp a harvester sees: the last change, or the moment an embargo ends when that is
     * later, so a record whose embargo ends reaches the next incremental harvest. The embargo ends
     * at the start of its day in the zone the indexes decide embargoes by (the system's).
     */
    public static Instant of(ArchiveRecord record) {
        Instant changed = changedAt(record);
        if (record.access().level() != AccessLevel.EMBARGOED) {
            return changed;
        }
        Instant embargoEnds = record.access().embargoUntil().atStartOfDay(ZoneId.systemDefault()).toInstant();
        return embargoEnds.isAfter(changed) ? embargoEnds : changed;
    }

    /** {@link #of} in epoch seconds, as the indexes keep it. */
    public static long epochSecond(ArchiveRecord record) {
        return of(record).getEpochSecond();
    }

    /**
     * Whether a harvest lists the record as deleted: it is restricted and changed after it came in,
     * so it may have been public before. A record restricted from its ingest on never appears.
     */
    public static boolean withdrawn(ArchiveRecord record) {
        return record.access().level() == AccessLevel.RESTRICTED
                && changedAt(record).isAfter(ingestedAt(record).truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant ingestedAt(ArchiveRecord record) {
        if (record.provenance() == null || record.provenance().ingestedAt() == null) {
            return Instant.EPOCH;
        }
        return record.provenance().ingestedAt();
    }
}
