package org.disan.batch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
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
import org.disan.ingest.IngestOutcome;

/**
 * The outcomes of one ingest job instance, one JSON line per file, appended chunk by chunk. A
 * restarted execution appends to the same file, so nothing is lost; a chunk that was redone
 * after a crash appears twice, and {@link #read()} keeps the last word on each file.
 */
public class OutcomeLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public OutcomeLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(List<? extends IngestOutcome> outcomes) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (IngestOutcome outcome : outcomes) {
                out.write(JSON.writeValueAsString(OutcomeLine.of(outcome)));
                out.newLine();
            }
        }
    }

    /** Every file's latest outcome, in the order files were first seen. */
    public List<OutcomeLine> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, OutcomeLine> latest = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    OutcomeLine outcome = JSON.readValue(line, OutcomeLine.class);
                    latest.put(outcome.file(), outcome);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outcome log " + file, e);
        }
        return new ArrayList<>(latest.values());
    }
}
