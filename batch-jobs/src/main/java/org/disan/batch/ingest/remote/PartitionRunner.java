package org.disan.batch.ingest.remote;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.disan.batch.ingest.FileShare;
import org.disan.batch.ingest.SubmittedFileReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the partitions a worker receives, as Spring Batch Integration's
 * {@code StepExecutionRequestHandler} does, but keeps hold of the running ones: when the worker
 * is asked to stop (SIGTERM), each stops at its next chunk boundary and is recorded as STOPPED,
 * so the job can be restarted and resumes it from its last committed chunk.
 */
class PartitionRunner implements SmartLifecycle {

    /** How long a stopping worker waits for its partition to reach a chunk boundary. */
    static final Duration STOP_WAIT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(100);

    private final JobExplorer jobExplorer;
    private final JobRepository jobRepository;
    private final Step step;
    private final PrintWriter out;
    private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    PartitionRunner(JobExplorer jobExplorer, JobRepository jobRepository, Step step, PrintWriter out) {
        this.jobExplorer = jobExplorer;
        this.jobRepository = jobRepository;
        this.step = step;
        this.out = out;
    }

    void run(StepExecutionRequest request) {
        StepExecution partition = jobExplorer.getStepExecution(request.getJobExecutionId(), request.getStepExecutionId());
        if (partition == null || !step.getName().equals(request.getStepName())) {
            print("Ignored a request for an unknown partition: " + request);
            return;
        }
        if (!partition.getStatus().isRunning()) {
            print("Ignored " + name(partition) + ": it already ended " + partition.getStatus());
            return;
        }
        print(starting(partition));
        running.add(partition);
        try {
            step.execute(partition);
        } catch (JobInterruptedException e) {
            ended(partition, BatchStatus.STOPPED, e);
        } catch (RuntimeException e) {
            ended(partition, BatchStatus.FAILED, e);
        } finally {
            running.remove(partition);
        }
        print("Finished " + name(partition) + ": " + partition.getStatus() + ", " + partition.getWriteCount()
                + " files written");
    }

    /**
     * A partition that another worker started and did not end (it died: its request came back
     * unacknowledged) has committed chunks; the step resumes after them, and says so.
     */
    private static String starting(StepExecution partition) {
        FileShare share = FileShare.readFrom(partition.getExecutionContext());
        int committed = SubmittedFileReader.committedFiles(partition.getExecutionContext());
        if (committed > 0) {
            return "Resuming " + name(partition) + " after " + committed + " of " + share.size() + " files (" + share
                    + "); the worker that started it ended before it did";
        }
        return "Running " + name(partition) + " (" + share + ")";
    }

    private void ended(StepExecution partition, BatchStatus status, Exception cause) {
        partition.addFailureException(cause);
        partition.setStatus(status);
        jobRepository.update(partition);
    }

    private static String name(StepExecution partition) {
        return partition.getStepName() + " of job execution " + partition.getJobExecutionId();
    }

    private synchronized void print(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public void start() {
        started = true;
    }

    /**
     * Stops the running partitions at their next chunk and waits for them to end, up to the given
     * time. The wait is here because the broker's consumer, stopped just before this (it depends
     * on this bean), does not wait for the message it is handling.
     */
    @Override
    public void stop() {
        started = false;
        running.forEach(StepExecution::setTerminateOnly);
        if (running.isEmpty()) {
            return;
        }
        print("Stopping: the running partition ends after its current chunk");
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            while (!running.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
