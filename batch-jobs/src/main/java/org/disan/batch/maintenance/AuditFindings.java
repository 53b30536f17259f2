package org.disan.batch.maintenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.disan.batch.report.JsonLines;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * The findings of one audit, one JSON object per line in {@code <reports>/audit-<instance>.jsonl}.
 * A restarted audit may append a chunk's findings twice; reading keeps one per record.
 */
public class AuditFindings implements ItemWriter<AuditFinding> {

    private final JsonLines<AuditFinding> lines;

    public AuditFindings(Path reports, long jobInstanceId) {
        this.lines = new JsonLines<>(reports.resolve("audit-" + jobInstanceId + ".jsonl"), AuditFinding.class,
                AuditFinding::id);
    }

    public Path file() {
        return lines.file();
    }

    @Override
    public void write(Chunk<? extends AuditFinding> findings) throws IOException {
        lines.append(findings.getItems());
    }

    /** Every finding, one per record, in the order they were found. */
    public List<AuditFinding> read() {
        return lines.read();
    }
}
