package org.disan.batch.maintenance;

import org.disan.batch.indexing.RefusedRecordSkipPolicy;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * A reindex skips a record that cannot be read back from the store or that the new index refuses,
 * and reports it; the switch-over then sees the new index short of the store and does not happen.
 */
public class ReindexSkipPolicy implements SkipPolicy {

    private final RefusedRecordSkipPolicy refused = new RefusedRecordSkipPolicy();

    @Override
    public boolean shouldSkip(Throwable failure, long skipCount) {
        return failure instanceof UnreadableRecordException || refused.shouldSkip(failure, skipCount);
    }
}
