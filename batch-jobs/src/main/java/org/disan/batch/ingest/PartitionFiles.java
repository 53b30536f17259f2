package org.disan.batch.ingest;

import java.util.Comparator;
import java.util.List;
import org.disan.ingest.submission.SubmittedFile;
import org.springframework.batch.item.ExecutionContext;

/**
 * The files of one partition: its share of the submission as the job's scan found them, kept in
 * the partition's execution context when the job was split. The context lives in the job
 * repository, so a partition run by a remote worker or restarted after a failure reads the same
 * files in the same order (its reader's saved position stays valid) without scanning the
 * submission again.
 */
public class PartitionFiles {

    static final String SUBMISSION = "share.submission";
    static final String FILES = "share.files";

    private final ExecutionContext partition;
    private final SubmissionSource source;
    private final FileShare share;

    /**
     * @param source the submission, scanned only for a partition split before its files were kept
     *     in its context
     */
    public PartitionFiles(ExecutionContext partition, SubmissionSource source) {
        this.partition = partition;
        this.source = source;
        this.share = FileShare.readFrom(partition);
    }

    /** Keeps a partition's files in its context, with the name of the submission they come from. */
    static void saveTo(ExecutionContext partition, String submissionName, List<SubmittedFile> files) {
        partition.putString(SUBMISSION, submissionName);
        partition.putString(FILES, PackedFileList.pack(files));
    }

    /** Drops the files from a partition's context, once it no longer needs them. */
    static void forget(ExecutionContext partition) {
        partition.remove(FILES);
    }

    public List<SubmittedFile> files() {
        if (!partition.containsKey(FILES)) {
            return share.of(largestFirst(source.submission().files()));
        }
        List<SubmittedFile> files = PackedFileList.unpack(partition.getString(FILES));
        if (files.size() != share.size()) {
            throw new IllegalStateException("the partition keeps " + files.size() + " files, not the "
                    + share.size() + " of its share (" + share + ")");
        }
        return files;
    }

    /**
     * The files largest first, so that every partition ends on small files and the partitions end
     * close together, instead of one of them starting a long file when the others are nearly done.
     * Files of equal size keep their path order (the sort is stable), so the same submission is
     * always dealt out the same way.
     */
    static List<SubmittedFile> largestFirst(List<SubmittedFile> files) {
        return files.stream().sorted(Comparator.comparingLong(SubmittedFile::sizeBytes).reversed()).toList();
    }

    public String submissionName() {
        return partition.containsKey(SUBMISSION) ? partition.getString(SUBMISSION) : source.submission().name();
    }

    public FileShare share() {
        return share;
    }
}
