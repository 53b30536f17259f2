package org.disan.batch.maintenance;

import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;

/**
 * The Elasticsearch server a reindex writes into, connected on first use so that the jobs that
 * do not need it (audit, an embedded reindex) never reach for it.
 */
public class ElasticsearchTarget implements AutoCloseable {

    private final DataFolder dataFolder;
    private final IndexSelection selection;
    private ElasticsearchArchiveIndex index;

    public ElasticsearchTarget(DataFolder dataFolder, IndexSelection selection) {
        this.dataFolder = dataFolder;
        this.selection = selection;
    }

    public synchronized ElasticsearchArchiveIndex index() {
        if (index == null) {
            index = ArchiveIndexes.openElasticsearch(dataFolder, selection);
        }
        return index;
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
