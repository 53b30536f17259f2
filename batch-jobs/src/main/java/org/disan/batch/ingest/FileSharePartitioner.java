package org.disan.batch.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmittedFile;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Deals a submission's files out to the partitions in turn (see {@link FileShare}), so each
 * partition has near the same number of files and the same mix of kinds, and gives each partition
 * its files as the job's scan found them ({@link PartitionFiles}), so no partition scans again.
 * The same submission and grid size always give the same partitions with the same names, which
 * is what lets a restart find each partition's earlier execution (and the files it kept).
 */
public class FileSharePartitioner implements Partitioner {

    static final String PREFIX = "partition";

    private final Supplier<Submission> submission;

    /** @param submission the job's submission, as its scan found it */
    public FileSharePartitioner(Supplier<Submission> submission) {
        this.submission = submission;
    }

    /**
     * The number of a partition from its step's name ({@code ingestFileRangeStep:partition3} is 3),
     * or {@link Integer#MAX_VALUE} for a name without one.
     */
    static int number(String stepName) {
        int at = stepName.lastIndexOf(PREFIX);
        try {
            return at < 0 ? Integer.MAX_VALUE : Integer.parseInt(stepName.substring(at + PREFIX.length()));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Submission scanned = submission.get();
        List<SubmittedFile> files = PartitionFiles.largestFirst(scanned.files());
        int total = files.size();
        int partitions = Math.max(1, Math.min(gridSize, total));
        Map<String, ExecutionContext> result = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            FileShare share = new FileShare(i, partitions, total);
            share.saveTo(context);
            PartitionFiles.saveTo(context, scanned.name(), share.of(files));
            result.put(PREFIX + i, context);
        }
        return result;
    }
}
