package org.disan.search.elasticsearch;

import java.util.Collection;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;

/**
 * A reindex into a fresh index beside the live one. Searches keep using the live index until
 * {@link #commit()} switches the alias in one atomic step and drops the old index; closing an
 * uncommitted rebuild drops the new index and leaves the live one untouched.
 *
 * <pre>{@code
 * try (IndexRebuild rebuild = index.rebuild()) {
 *     rebuild.index(batch);   // as often as needed
 *     rebuild.commit();
 * }
 * }</pre>
 */
public final class IndexRebuild implements AutoCloseable {

    private final ElasticsearchArchiveIndex index;
    private final String newIndex;
    private boolean committed;

    IndexRebuild(ElasticsearchArchiveIndex index) {
        this.index = index;
        this.newIndex = index.aliases().newIndexName(index.alias());
        index.aliases().createIndex(newIndex);
    }

    /** The physical index being filled. */
    public String newIndex() {
        return newIndex;
    }

    public void index(Collection<ArchiveRecord> records) {
        if (committed) {
            throw new IllegalStateException("the rebuild of " + index.alias() + " is already committed");
        }
        index.indexInto(newIndex, records);
    }

    /** Points the alias at the new index and deletes the indexes it pointed at before. */
    public List<String> commit() {
        List<String> previous = index.aliases().switchAlias(index.alias(), newIndex);
        committed = true;
        previous.forEach(index.aliases()::deleteIndex);
        return previous;
    }

    @Override
    public void close() {
        if (!committed) {
            index.aliases().deleteIndex(newIndex);
        }
    }
}
