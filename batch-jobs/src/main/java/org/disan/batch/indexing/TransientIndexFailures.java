package org.disan.batch.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import org.apache.lucene.store.AlreadyClosedException;
import org.disan.search.elasticsearch.BulkIndexingException;
import org.springframework.classify.BinaryExceptionClassifier;

/**
 * Tells the ingest step's retry which failures may go away by waiting: an index that is
 * unavailable for now. Elasticsearch unreachable, overloaded (429) or failing (5xx) after the
 * client's own retries; a Lucene index that another writer holds, that was closed, or whose write
 * failed with an I/O error. A record the index refuses, or a server that denies us, is not.
 */
public class TransientIndexFailures extends BinaryExceptionClassifier {

    public TransientIndexFailures() {
        super(false);
    }

    @Override
    public Boolean classify(Throwable failure) {
        return failure instanceof IndexWriteException && isTransient(failure.getCause());
    }

    /** Whether the innermost telling cause of an index failure is one that waiting can cure. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BulkIndexingException bulk) {
                return bulk.failures().stream().anyMatch(refused -> isTransient(refused.status()));
            }
            if (cause instanceof ElasticsearchException refusal) {
                return isTransient(refusal.status());
            }
            if (cause instanceof TransportException transport) {
                return transport.statusCode() <= 0 || isTransient(transport.statusCode());
            }
            if (cause instanceof AlreadyClosedException || cause instanceof IOException) {
                return true; // a lost connection, a held write lock, a failed disk write
            }
        }
        return false;
    }

    private static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }
}
