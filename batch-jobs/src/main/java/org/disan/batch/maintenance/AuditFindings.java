package org.disan.batch.maintenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * The findings of one audit, one JSON object per line in {@code <reports>/audit-<instance>.jsonl}.
 * A restarted audit may append a chunk's findings twice; reading keeps one per record.
 */
public class AuditFindings implements ItemWriter<AuditFinding> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public AuditFindings(Path reports, long jobInstanceId) {
        this.file = reports.resolve("audit-" + jobInstanceId + ".jsonl");
    }

    public Path file() {
        return file;
    }

    @Override
    public void write(Chunk<? extends AuditFinding> findings) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (AuditFinding finding : findings) {
            lines.append(JSON.writeValueAsString(finding)).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every finding, one per record, in the order they were found. */
    public List<AuditFinding> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, AuditFinding> byId = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    AuditFinding finding = JSON.readValue(line, AuditFinding.class);
                    byId.put(finding.id(), finding);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit findings " + file, e);
        }
        return new ArrayList<>(byId.values());
    }
}
