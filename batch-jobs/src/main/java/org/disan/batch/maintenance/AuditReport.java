package org.disan.batch.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * What one audit found: how many stored originals it hashed again, how many still match their
 * SHA-256, and each one that changed, vanished or cannot be read, with its path in the store.
 *
 * @param failure why the run did not complete; {@code null} when it did
 */
public record AuditReport(
        long jobInstanceId,
        long jobExecutionId,
        String status,
        String store,
        Instant startedAt,
        Instant finishedAt,
        long checked,
        long verified,
        long changed,
        long missing,
        long unreadable,
        List<AuditFinding> findings,
        String failure) {

    public AuditReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
