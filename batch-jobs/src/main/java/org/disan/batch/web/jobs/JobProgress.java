package org.disan.batch.web.jobs;

/**
 * How far a job has come: items processed out of the total when the job knows it (an ingest
 * counts the files its submission holds; other jobs leave it {@code null}), and how those
 * ended. Counts are as of the last committed chunk.
 */
public record JobProgress(Integer total, long processed, long ingested, long duplicates, long failed) {

    /** Whole percent done, or {@code null} when the total is unknown. */
    public Integer percent() {
        if (total == null) {
            return null;
        }
        return total == 0 ? 100 : (int) Math.min(100, processed * 100 / total);
    }
}
