package org.disan.batch.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.disan.batch.TerminalText;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmittedFile;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.ItemProcessListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * Progress lines while an ingest runs: files done of the total, files per second and the time
 * left. Small batches get a line per file; large ones about one line per 5% (failures always).
 *
 * <p>It listens to the file-ingest step, which counts the files its earlier runs committed, and
 * to the files of every partition that runs in this process. Partitions run by other processes
 * (remote workers) show their progress there, not here.
 */
public class IngestProgress implements ItemProcessListener<SubmittedFile, IngestOutcome>, StepExecutionListener {

    private static final int EVERY_FILE_UP_TO = 40;

    private final PrintWriter out;
    private final SubmissionSource source;
    private final PartitionExecutions partitions;
    private boolean started;
    private int total;
    private int done;
    private int doneAtStart;
    private long startNanos;

    /** @param source the submission of the job that runs, looked up when its file-ingest step starts */
    public IngestProgress(PrintWriter out, SubmissionSource source, PartitionExecutions partitions) {
        this.out = out;
        this.source = source;
        this.partitions = partitions;
    }

    public synchronized void scanned(Submission submission) {
        int problems = submission.problems().size();
        out.printf("Scanned %s: %d files, %d problem%s%s%n", TerminalText.escape(submission.root().toString()), submission.files().size(),
                problems, problems == 1 ? "" : "s", problems == 0 ? "" : " (listed in the summary)");
        out.flush();
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        total = source.submission().files().size();
        doneAtStart = partitions.filesCommitted(stepExecution.getJobExecution().getJobInstance());
        done = doneAtStart;
        startNanos = System.nanoTime();
        started = true;
        if (doneAtStart > 0) {
            out.printf("Resuming after %d of %d files%n", doneAtStart, total);
            out.flush();
        }
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        started = false;
        return null;
    }

    @Override
    public synchronized void afterProcess(SubmittedFile file, IngestOutcome outcome) {
        if (!started) {
            return;
        }
        done++;
        int step = total <= EVERY_FILE_UP_TO ? 1 : Math.max(1, total / 20);
        if (done % step == 0 || done == total || outcome.status() == Status.FAILED) {
            out.println(line(outcome));
            out.flush();
        }
    }

    private String line(IngestOutcome outcome) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = (done - doneAtStart) / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        int width = String.valueOf(total).length();
        return String.format(Locale.ROOT, "[%" + width + "d/%d] %3d%%  %5.1f files/s  ETA %s  %-9s %s",
                done, total, total == 0 ? 100 : done * 100 / total, rate, clock(Duration.ofSeconds(left)),
                outcome.status(), outcome.relativePath());
    }

    private static String clock(Duration duration) {
        return String.format(Locale.ROOT, "%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }
}
