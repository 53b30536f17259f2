package org.disan.batch.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.disan.batch.report.JsonLines;
import org.disan.ingest.model.ArchiveRecord;
import org.springframework.batch.core.SkipListener;

/**
 * The records one reindex skipped, in {@code <reports>/reindex-<instance>.jsonl}: the skip
 * listener of the rebuild step, and what the reindex report lists.
 */
public class ReindexFailures implements SkipListener<String, ArchiveRecord> {

    private static final int MAX_REASON = 400;

    private final JsonLines<ReindexFailure> lines;

    public ReindexFailures(Path reports, long jobInstanceId) {
        this.lines = new JsonLines<>(reports.resolve("reindex-" + jobInstanceId + ".jsonl"), ReindexFailure.class,
                ReindexFailure::id);
    }

    @Override
    public void onSkipInProcess(String id, Throwable failure) {
        record(id, failure);
    }

    @Override
    public void onSkipInWrite(ArchiveRecord record, Throwable failure) {
        record(record.id(), failure);
    }

    public List<ReindexFailure> read() {
        return lines.read();
    }

    private void record(String id, Throwable failure) {
        String reason = String.valueOf(failure.getMessage());
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "…";
        }
        try {
            lines.append(List.of(new ReindexFailure(id, reason)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the skipped record " + id, e);
        }
    }
}
