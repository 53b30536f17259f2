package org.disan.batch.data;

import java.time.Clock;
import org.disan.search.ArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.disan.search.lucene.LuceneArchiveIndex;

/** Opens an archive's search index: the one place that knows which backend is used. */
public final class ArchiveIndexes {

    private ArchiveIndexes() {}

    /** The data folder's embedded index. */
    public static ArchiveIndex open(DataFolder dataFolder) {
        return open(dataFolder, IndexSelection.embedded());
    }

    /** As {@link #open(DataFolder, IndexSelection, Clock)}, judging embargoes in the time zone of {@link EmbargoSettings#fromEnvironment()}. */
    public static ArchiveIndex open(DataFolder dataFolder, IndexSelection selection) {
        return open(dataFolder, selection, EmbargoSettings.fromEnvironment().clock());
    }

    /**
     * The selected index: the data folder's embedded one, or the Elasticsearch index (created with
     * its alias when missing).
     *
     * @param embargoClock the clock whose date decides whether an embargo has ended
     * @throws IndexOpenException when Elasticsearch cannot be reached or refuses us
     */
    public static ArchiveIndex open(DataFolder dataFolder, IndexSelection selection, Clock embargoClock) {
        if (selection.isEmbedded()) {
            return LuceneArchiveIndex.open(dataFolder.index(), embargoClock);
        }
        return openElasticsearch(dataFolder, selection, embargoClock);
    }

    /**
     * The selected Elasticsearch index, with its alias created when missing.
     *
     * @throws IndexOpenException when Elasticsearch cannot be reached or refuses us
     */
    public static ElasticsearchArchiveIndex openElasticsearch(DataFolder dataFolder, IndexSelection selection) {
        return openElasticsearch(dataFolder, selection, EmbargoSettings.fromEnvironment().clock());
    }

    private static ElasticsearchArchiveIndex openElasticsearch(DataFolder dataFolder, IndexSelection selection,
            Clock embargoClock) {
        ElasticsearchSettings settings = selection.elasticsearch().orElseThrow(
                () -> new IllegalArgumentException("no Elasticsearch server was selected"));
        try {
            return ElasticsearchArchiveIndex.open(settings, embargoClock);
        } catch (RuntimeException e) {
            throw new IndexOpenException("cannot open " + selection.describe(dataFolder) + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
