package org.disan.batch.indexing;

import org.disan.search.RecordsRefusedException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips a record that the index refuses for what the record is ({@link RecordsRefusedException}):
 * Spring Batch then writes the chunk's records one by one, and only the refused one is skipped and
 * reported with the reason. Anything else fails the job (after the retries, for an index that is
 * unavailable), so nothing is skipped silently and a restart can finish the work.
 */
public class RefusedRecordSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable failure, long skipCount) {
        return failure instanceof RecordsRefusedException;
    }
}
