package org.disan.batch.indexing;

/**
 * The search index did not take a chunk's records. The records are in the store already; whether
 * the chunk is retried, its records skipped or the job failed depends on the cause
 * ({@link TransientIndexFailures}, {@link RefusedRecordSkipPolicy}).
 */
public class IndexWriteException extends RuntimeException {

    public IndexWriteException(int records, RuntimeException cause) {
        super("indexing " + records + (records == 1 ? " record" : " records") + " failed: " + cause.getMessage(), cause);
    }
}
