package org.disan.batch.ingest;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs an ingest's partitions in this process, several per thread, in the order of their numbers:
 * {@link FileSharePartitioner} deals the files out largest first, so the lower a partition's number,
 * the more it tends to hold, and the longest start first. A thread that finishes its partition takes
 * the next, so that one partition holding slow files (scans for OCR) no longer leaves the other
 * threads idle while it ends: the threads part at most by the last partitions' length.
 *
 * <p>Once a partition ends without completing (the index stayed away through its retries, or the
 * job was asked to stop), the partitions not yet started are not started: each would only wait
 * through the same retries. They are recorded as failed, with their files, and the same command
 * runs them later with the ones that did not finish.
 */
class LargestFirstPartitionHandler extends TaskExecutorPartitionHandler {

    /**
     * Partitions per ingest thread. With one per thread, a cold ingest of 308 files with
     * {@code --ocr auto} kept one of its two threads idle for 22 of its 70 s.
     */
    static final int PER_THREAD = 4;

    private static final Comparator<StepExecution> BY_NUMBER = Comparator.comparingInt(
            execution -> FileSharePartitioner.number(execution.getStepName()));

    /** Saves a partition's execution: the job repository's {@code update}. */
    private final Consumer<StepExecution> save;
    /** The first partition that ended without completing, if one has. */
    private final AtomicReference<StepExecution> firstUnfinished = new AtomicReference<>();

    LargestFirstPartitionHandler(JobRepository jobRepository) {
        this(jobRepository::update);
    }

    LargestFirstPartitionHandler(Consumer<StepExecution> save) {
        this.save = save;
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        return super.doHandle(manager,
                partitions.stream().sorted(BY_NUMBER).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    protected FutureTask<StepExecution> createTask(Step step, StepExecution partition) {
        return new FutureTask<>(() -> {
            StepExecution unfinished = firstUnfinished.get();
            if (unfinished != null) {
                return notStarted(partition, unfinished);
            }
            step.execute(partition);
            if (partition.getStatus() != BatchStatus.COMPLETED) {
                firstUnfinished.compareAndSet(null, partition);
            }
            return partition;
        });
    }

    private StepExecution notStarted(StepExecution partition, StepExecution unfinished) {
        LocalDateTime now = LocalDateTime.now();
        partition.setStartTime(now);
        partition.setEndTime(now);
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription("not started: " + unfinished.getStepName()
                + " ended " + unfinished.getStatus() + " first"));
        save.accept(partition);
        return partition;
    }
}
