package org.disan.batch.ingest;

import org.springframework.batch.core.partition.PartitionHandler;

/**
 * Present in a process started to send the ingest's partitions to {@code disan worker}
 * processes instead of running them in its own threads.
 */
public interface RemotePartitions {

    /** A handler that sends the partitions out and waits until the workers have run them all. */
    PartitionHandler handler(int partitions);
}
