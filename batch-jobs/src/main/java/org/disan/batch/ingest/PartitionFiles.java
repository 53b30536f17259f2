package org.disan.batch.ingest;

import java.util.Comparator;
import java.util.List;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmittedFile;

/**
 * The files of one partition: its share of the submission, which the partition scans for itself
 * (the scan is cheap next to ingesting, and needs nothing from the process that split the job).
 */
public class PartitionFiles {

    private final SubmissionSource source;
    private final FileShare share;

    public PartitionFiles(SubmissionSource source, FileShare share) {
        this.source = source;
        this.share = share;
    }

    public List<SubmittedFile> files() {
        return share.of(largestFirst(submission().files()));
    }

    /**
     * The files largest first, so that every partition ends on small files and the partitions end
     * close together, instead of one of them starting a long file when the others are nearly done.
     * Files of equal size keep their path order (the sort is stable), so a restarted partition
     * finds the same share.
     */
    static List<SubmittedFile> largestFirst(List<SubmittedFile> files) {
        return files.stream().sorted(Comparator.comparingLong(SubmittedFile::sizeBytes).reversed()).toList();
    }

    public String submissionName() {
        return submission().name();
    }

    public FileShare share() {
        return share;
    }

    private Submission submission() {
        return source.submission();
    }
}
