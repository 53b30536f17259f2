package org.disan.batch.ingest;

import java.util.List;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmittedFile;

/**
 * The files of one partition: its range of the submission, which the partition scans for itself
 * (the scan is cheap next to ingesting, and needs nothing from the process that split the job).
 */
public class PartitionFiles {

    private final SubmissionSource source;
    private final FileRange range;

    public PartitionFiles(SubmissionSource source, FileRange range) {
        this.source = source;
        this.range = range;
    }

    public List<SubmittedFile> files() {
        return range.of(submission().files());
    }

    public String submissionName() {
        return submission().name();
    }

    public FileRange range() {
        return range;
    }

    private Submission submission() {
        return source.submission();
    }
}
