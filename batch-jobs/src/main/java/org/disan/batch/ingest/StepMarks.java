package org.disan.batch.ingest;

import org.disan.ingest.StartupMarks;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/** Marks where each step of the ingest job starts and ends, for the cold benchmark ({@link StartupMarks}). */
final class StepMarks implements StepExecutionListener {

    static final StepMarks INSTANCE = new StepMarks();

    private StepMarks() {}

    @Override
    public void beforeStep(StepExecution stepExecution) {
        StartupMarks.mark(stepExecution.getStepName() + ".start");
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StartupMarks.mark(stepExecution.getStepName() + ".end");
        return null;
    }
}
