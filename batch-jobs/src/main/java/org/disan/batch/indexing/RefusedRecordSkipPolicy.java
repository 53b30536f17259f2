package org.disan.batch.indexing;

import org.disan.search.elasticsearch.BulkIndexingException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips a record that the index refuses for what the record is (a field Lucene cannot take, a
 * document Elasticsearch rejects with a 4xx): Spring Batch then writes the chunk's records one by
 * one, and only the refused one is skipped, recorded as FAILED with the reason. Anything else
 * fails the job (after the retries, for an index that is unavailable), so nothing is skipped
 * silently and a restart can finish the work.
 */
public class RefusedRecordSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable failure, long skipCount) {
        return failure instanceof IndexWriteException
                && !TransientIndexFailures.isTransient(failure.getCause())
                && refusesARecord(failure.getCause());
    }

    private static boolean refusesARecord(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Lucene refuses a document it cannot index (an immense term) with IllegalArgumentException.
            if (cause instanceof BulkIndexingException || cause instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }
}
