package org.disan.batch.maintenance;

import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.batch.item.ItemProcessor;

/** Reads a stored record by its id, for the reindex. */
public class StoredRecordProcessor implements ItemProcessor<String, ArchiveRecord> {

    private final ArchiveStore store;

    public StoredRecordProcessor(ArchiveStore store) {
        this.store = store;
    }

    @Override
    public ArchiveRecord process(String id) {
        try {
            return store.read(id).orElseThrow(() ->
                    new UnreadableRecordException("record " + id + " vanished from the store during the reindex", null));
        } catch (UnreadableRecordException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableRecordException("record " + id + " cannot be read: " + e.getMessage(), e);
        }
    }
}
