package org.disan.batch.data;

import org.disan.search.ArchiveIndex;
import org.disan.search.lucene.LuceneArchiveIndex;

/** Opens a data folder's search index: the one place that knows which backend is used. */
public final class ArchiveIndexes {

    private ArchiveIndexes() {}

    public static ArchiveIndex open(DataFolder dataFolder) {
        return LuceneArchiveIndex.open(dataFolder.index());
    }
}
