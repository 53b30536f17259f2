package org.disan.batch.web.submissions;

/**
 * A submission taken into the data folder with the ingest job started for it.
 *
 * @param id the submission's folder under {@code <data>/submissions}
 * @param fileName the zip's name there, which its records carry as their submission
 * @param jobExecutionId the job to follow at {@code /api/jobs/{jobExecutionId}}
 */
public record AcceptedSubmission(String id, String fileName, long jobExecutionId, String status) {}
