package org.disan.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.disan.batch.indexing.IndexFaultTolerance;
import org.disan.batch.indexing.IndexWriteException;
import org.disan.ingest.FailureKind;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.StageClock;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.submission.SubmittedFile;
import org.disan.search.ArchiveIndex;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStream;
import org.springframework.batch.item.ItemWriter;

/**
 * Indexes a chunk's stored records in one bulk call, then appends every outcome to the job's
 * outcome log and keeps the counts in the step's execution context.
 *
 * <p>Duplicates are indexed too: indexing is an upsert by id, so this costs one copy, and it
 * heals an index that missed a record because a run stopped between storing and indexing it.
 *
 * <p>A failed bulk call is an {@link IndexWriteException}, which the step retries or skips
 * ({@link IndexFaultTolerance}); a record skipped because the index refused it is logged here as
 * FAILED with the reason (Spring Batch registers this writer as the step's skip listener).
 */
public class OutcomeIndexingWriter
        implements ItemWriter<IngestOutcome>, ItemStream, SkipListener<SubmittedFile, IngestOutcome> {

    private static final int MAX_REASON = 400;

    private final ArchiveIndex index;
    private final OutcomeLog log;
    private final OutcomeCounts counts = new OutcomeCounts();
    private final StageClock clock;

    public OutcomeIndexingWriter(ArchiveIndex index, OutcomeLog log) {
        this(index, log, new StageClock());
    }

    /** @param clock where the time of each bulk indexing call is added up */
    public OutcomeIndexingWriter(ArchiveIndex index, OutcomeLog log, StageClock clock) {
        this.clock = clock;
        this.index = index;
        this.log = log;
    }

    @Override
    public void write(Chunk<? extends IngestOutcome> chunk) throws Exception {
        List<ArchiveRecord> stored = chunk.getItems().stream()
                .filter(outcome -> outcome.status() != Status.FAILED)
                .map(IngestOutcome::record)
                .filter(Objects::nonNull)
                .toList();
        if (!stored.isEmpty()) {
            long indexing = clock.start();
            try {
                index.index(stored);
            } catch (RuntimeException e) {
                throw new IndexWriteException(stored.size(), e);
            } finally {
                clock.stop(StageClock.Stage.INDEX, indexing);
            }
        }
        log.append(chunk.getItems());
        chunk.getItems().forEach(outcome -> counts.add(outcome.status()));
    }

    /** The record is stored, but the index refused it: a re-run indexes it again once that is fixed. */
    @Override
    public void onSkipInWrite(IngestOutcome outcome, Throwable failure) {
        String id = outcome.record() == null ? "" : " as record " + outcome.record().id();
        String reason = "stored" + id + ", but the search index refused it: " + shortened(failure.getMessage());
        IngestOutcome failed = new IngestOutcome(Status.FAILED, outcome.relativePath(), outcome.record(), reason,
                outcome.warnings(), FailureKind.INDEX_REFUSED);
        try {
            log.append(List.of(failed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the skipped file " + outcome.relativePath(), e);
        }
        counts.add(Status.FAILED);
    }

    /** Index errors may quote the whole offending value; the report needs its start. */
    private static String shortened(String message) {
        return message == null || message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "…";
    }

    @Override
    public void open(ExecutionContext executionContext) {
        counts.restoreFrom(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        counts.saveTo(executionContext);
    }
}
