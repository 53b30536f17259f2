package org.disan.batch.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * What one reindex run did: how many stored records it read and put into the new index, each one
 * it could not with the reason, and which index was live before and after.
 *
 * @param oldIndex the index (folder or Elasticsearch index) searches used before; {@code null} when unknown
 * @param newIndex the index built by this reindex
 * @param switched whether searches now use the new index
 * @param failure why the run did not complete; {@code null} when it did
 */
public record ReindexReport(
        long jobInstanceId,
        long jobExecutionId,
        String status,
        String target,
        Instant startedAt,
        Instant finishedAt,
        long recordsRead,
        long indexed,
        long failed,
        List<ReindexFailure> failures,
        String oldIndex,
        String newIndex,
        boolean switched,
        String failure) {

    public ReindexReport {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }
}
