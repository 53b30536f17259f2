package org.disan.batch.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disan.batch.indexing.IndexFaultTolerance;
import org.disan.ingest.FailureKind;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.StageClock;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.IndexUnavailableException;
import org.disan.search.RecordsRefusedException;
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
 * <p>A record the index refuses ({@link RecordsRefusedException}, which names it) is logged as
 * FAILED with the index's reason; the call indexed the chunk's other records, so nothing is written
 * again. An index unavailable for now ({@link IndexUnavailableException}) propagates, and the step
 * retries the chunk ({@link IndexFaultTolerance}).
 */
public class OutcomeIndexingWriter implements ItemWriter<IngestOutcome>, ItemStream {

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
        Map<String, String> refused = indexStored(chunk.getItems());
        List<IngestOutcome> outcomes = chunk.getItems().stream()
                .map(outcome -> refusedReason(outcome, refused).map(reason -> failed(outcome, reason)).orElse(outcome))
                .toList();
        log.append(outcomes);
        outcomes.forEach(outcome -> counts.add(outcome.status()));
    }

    /** Indexes the records the chunk stored; the reasons of those the index refused, by record id. */
    private Map<String, String> indexStored(List<? extends IngestOutcome> outcomes) {
        List<ArchiveRecord> stored = outcomes.stream()
                .filter(outcome -> outcome.status() != Status.FAILED)
                .map(IngestOutcome::record)
                .filter(Objects::nonNull)
                .toList();
        if (stored.isEmpty()) {
            return Map.of();
        }
        long indexing = clock.start();
        try {
            index.index(stored);
            return Map.of();
        } catch (RecordsRefusedException e) {
            return e.reasonsById();
        } finally {
            clock.stop(StageClock.Stage.INDEX, indexing);
        }
    }

    private static Optional<String> refusedReason(IngestOutcome outcome, Map<String, String> refused) {
        return outcome.status() == Status.FAILED || outcome.record() == null ? Optional.empty()
                : Optional.ofNullable(refused.get(outcome.record().id()));
    }

    /** The record is stored, but the index refused it: a re-run indexes it again once that is fixed. */
    private static IngestOutcome failed(IngestOutcome outcome, String indexReason) {
        String reason = "stored as record " + outcome.record().id() + ", but the search index refused it: "
                + shortened(indexReason);
        return new IngestOutcome(Status.FAILED, outcome.relativePath(), outcome.record(), reason,
                outcome.warnings(), FailureKind.INDEX_REFUSED);
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
