package org.disan.ingest.model;

import java.time.Instant;

/**
 * Where and how a record came into the archive.
 *
 * @param submission name of the folder, zip or bag the file came from
 * @param originalPath the file's path inside the submission, NFC, with forward slashes
 * @param jobId the ingest job execution that stored it, or {@code null} outside a job
 */
public record Provenance(String submission, String originalPath, Instant ingestedAt, Long jobId) {

    /** The original file's name without its folders. */
    public String originalFileName() {
        int slash = originalPath.lastIndexOf('/');
        return slash < 0 ? originalPath : originalPath.substring(slash + 1);
    }
}
