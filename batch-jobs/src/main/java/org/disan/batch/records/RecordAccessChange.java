package org.disan.batch.records;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;

/**
 * Changes who may see a record, in the store and the index at once: the record file first (it is
 * what the index is rebuilt from), then the index, so a search never shows a record more widely
 * than its stored access says once this returns. The record's modified instant moves with it.
 */
public final class RecordAccessChange {

    /** What the change did: the record as it is now, and whether its access had to change. */
    public record Outcome(ArchiveRecord record, Access before, boolean changed) {}

    private final ArchiveStore store;
    private final ArchiveIndex index;
    private final Clock clock;

    public RecordAccessChange(ArchiveStore store, ArchiveIndex index, Clock clock) {
        this.store = store;
        this.index = index;
        this.clock = clock;
    }

    /**
     * @return empty when no record has this id
     * @throws IOException when the store cannot write the record (the index is then left as it was)
     */
    public Optional<Outcome> change(String id, Access access) throws IOException {
        Optional<ArchiveRecord> stored = store.read(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ArchiveRecord before = stored.get();
        if (before.access().equals(access)) {
            return Optional.of(new Outcome(before, before.access(), false));
        }
        ArchiveRecord after = before.withAccess(access, clock.instant());
        store.writeRecord(after);
        index.index(List.of(after));
        return Optional.of(new Outcome(after, before.access(), true));
    }
}
