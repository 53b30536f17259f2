package org.disan.batch.ingest;

import org.disan.ingest.submission.Submission;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The first step: reads the submission (files and metadata sheet) and records what it holds and
 * every problem found with it. A folder that cannot be read at all fails the job.
 */
public class ScanSubmissionTasklet implements Tasklet {

    public static final String FILES_KEY = "submission.files";
    public static final String PROBLEMS_KEY = "submission.problems";

    private final SubmissionSource source;
    private final IngestProgress progress;

    public ScanSubmissionTasklet(SubmissionSource source, IngestProgress progress) {
        this.source = source;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Submission submission = source.submission();
        ExecutionContext step = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        step.putInt(FILES_KEY, submission.files().size());
        step.putInt(PROBLEMS_KEY, submission.problems().size());
        progress.scanned(submission);
        return RepeatStatus.FINISHED;
    }
}
