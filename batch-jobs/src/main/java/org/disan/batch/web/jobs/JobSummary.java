package org.disan.batch.web.jobs;

import java.time.LocalDateTime;

/**
 * One job run as the job pages and {@code /api/jobs/{id}} show it.
 *
 * @param id the job execution's id
 * @param submission the file or folder name an ingest read, or {@code null} for other jobs
 * @param reportAvailable whether the ingest's report has been written
 */
public record JobSummary(
        long id,
        long instanceId,
        String name,
        String status,
        String exitCode,
        String exitDescription,
        LocalDateTime createdAt,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String submission,
        JobProgress progress,
        boolean reportAvailable) {

    /** Whether the job may still change: queued, starting or running. */
    public boolean active() {
        return switch (status) {
            case "STARTING", "STARTED", "STOPPING" -> true;
            default -> false;
        };
    }

    /** The same run with another exit description, e.g. one without server paths. */
    public JobSummary withExitDescription(String description) {
        return new JobSummary(id, instanceId, name, status, exitCode, description, createdAt, startedAt, endedAt,
                submission, progress, reportAvailable);
    }
}
