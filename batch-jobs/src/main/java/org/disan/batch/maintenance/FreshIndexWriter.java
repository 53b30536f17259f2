package org.disan.batch.maintenance;

import java.nio.file.Path;
import java.util.ArrayList;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.lucene.LuceneArchiveIndex;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

/**
 * Writes records into an index generation that nobody reads yet. Indexing is an upsert by id,
 * so a restarted step that writes a chunk again leaves one copy of each record.
 */
public class FreshIndexWriter implements ItemStreamWriter<ArchiveRecord> {

    private final Path folder;
    private LuceneArchiveIndex index;

    public FreshIndexWriter(Path folder) {
        this.folder = folder;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        index = LuceneArchiveIndex.open(folder);
    }

    @Override
    public void write(Chunk<? extends ArchiveRecord> records) {
        index.index(new ArrayList<>(records.getItems()));
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    /** How many records the generation holds; for the switch-over check. */
    static long count(Path folder) {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(folder)) {
            return index.count();
        }
    }
}
