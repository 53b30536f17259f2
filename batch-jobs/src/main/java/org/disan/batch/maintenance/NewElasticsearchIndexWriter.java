package org.disan.batch.maintenance;

import java.util.ArrayList;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Writes records into the new physical Elasticsearch index of a reindex, which no alias points at
 * yet. Bulk upserts by id: a chunk written again after a restart leaves one copy of each record.
 */
public class NewElasticsearchIndexWriter implements ItemWriter<ArchiveRecord> {

    private final ElasticsearchTarget target;
    private final String newIndex;

    public NewElasticsearchIndexWriter(ElasticsearchTarget target, String newIndex) {
        this.target = target;
        this.newIndex = newIndex;
    }

    @Override
    public void write(Chunk<? extends ArchiveRecord> records) {
        ElasticsearchArchiveIndex index = target.index();
        index.indexInto(newIndex, new ArrayList<>(records.getItems()));
    }
}
