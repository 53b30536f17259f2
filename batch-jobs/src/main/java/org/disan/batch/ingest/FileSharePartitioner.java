package org.disan.batch.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Deals a submission's files out to the partitions in turn (see {@link FileShare}), so each
 * partition has near the same number of files and the same mix of kinds.
 * The same submission and grid size always give the same partitions with the same names, which
 * is what lets a restart find each partition's earlier execution.
 */
public class FileSharePartitioner implements Partitioner {

    static final String PREFIX = "partition";

    private final IntSupplier fileCount;

    /** @param fileCount how many files the submission holds */
    public FileSharePartitioner(IntSupplier fileCount) {
        this.fileCount = fileCount;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int total = fileCount.getAsInt();
        int partitions = Math.max(1, Math.min(gridSize, total));
        Map<String, ExecutionContext> result = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            new FileShare(i, partitions, total).saveTo(context);
            result.put(PREFIX + i, context);
        }
        return result;
    }
}
