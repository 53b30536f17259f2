package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.disan.batch.report.JsonLines;
import org.disan.ingest.IngestOutcome;

/**
 * The outcomes of one ingest job instance, one JSON line per file, appended chunk by chunk. A
 * restarted execution appends to the same file, so nothing is lost; a chunk that was redone
 * after a crash appears twice, and {@link #read()} keeps the last word on each file.
 */
public class OutcomeLog {

    private final JsonLines<OutcomeLine> lines;

    public OutcomeLog(Path file) {
        this.lines = new JsonLines<>(file, OutcomeLine.class, OutcomeLine::file);
    }

    public Path file() {
        return lines.file();
    }

    public void append(List<? extends IngestOutcome> outcomes) throws IOException {
        lines.append(outcomes.stream().map(OutcomeLine::of).toList());
    }

    /** Every file's latest outcome, in the order files were first seen. */
    public List<OutcomeLine> read() {
        return lines.read();
    }
}
