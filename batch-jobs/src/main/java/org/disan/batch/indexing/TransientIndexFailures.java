package org.disan.batch.indexing;

import org.disan.search.IndexUnavailableException;
import org.springframework.classify.BinaryExceptionClassifier;

/**
 * Tells the index-writing steps' retry which failures may go away by waiting: an index that is
 * unavailable for now, as the index itself says ({@link IndexUnavailableException}). A record the
 * index refuses, or a server that denies us, is not.
 */
public class TransientIndexFailures extends BinaryExceptionClassifier {

    public TransientIndexFailures() {
        super(false);
    }

    @Override
    public Boolean classify(Throwable failure) {
        return failure instanceof IndexUnavailableException;
    }
}
