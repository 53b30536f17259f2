package org.disan.batch.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits a submission's files into contiguous ranges of near-equal size, one per partition.
 * The same submission and grid size always give the same partitions with the same names, which
 * is what lets a restart find each partition's earlier execution.
 */
public class FileRangePartitioner implements Partitioner {

    static final String PREFIX = "partition";

    private final IntSupplier fileCount;

    /** @param fileCount how many files the submission holds */
    public FileRangePartitioner(IntSupplier fileCount) {
        this.fileCount = fileCount;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int total = fileCount.getAsInt();
        int partitions = Math.max(1, Math.min(gridSize, total));
        Map<String, ExecutionContext> result = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            new FileRange(boundary(i, partitions, total), boundary(i + 1, partitions, total), total).saveTo(context);
            result.put(PREFIX + i, context);
        }
        return result;
    }

    private static int boundary(int index, int partitions, int total) {
        return (int) ((long) total * index / partitions);
    }
}
