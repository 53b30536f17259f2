package org.disan.batch.ingest;

import java.util.List;
import java.util.Objects;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.StageClock;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
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
 */
public class OutcomeIndexingWriter implements ItemWriter<IngestOutcome>, ItemStream {

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
            index.index(stored);
            clock.stop(StageClock.Stage.INDEX, indexing);
        }
        log.append(chunk.getItems());
        chunk.getItems().forEach(outcome -> counts.add(outcome.status()));
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
