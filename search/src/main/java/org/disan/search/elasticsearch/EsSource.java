package org.disan.search.elasticsearch;

import org.disan.ingest.model.ArchiveRecord;

/**
 * The part of a document's source that searches and gets ask for: the record kept unindexed.
 * The client reads it straight into the record, with no JSON tree in between.
 */
record EsSource(ArchiveRecord record) {

    /** The record, or a clear error when the document was not written by disan. */
    static ArchiveRecord recordOf(EsSource source) {
        if (source == null || source.record() == null) {
            throw new ElasticsearchIndexException("a document in the index has no record: was it written by disan?");
        }
        return source.record();
    }
}
