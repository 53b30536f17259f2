package org.disan.batch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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

    /**
     * Appends the outcomes as one write, under a lock on the file: partitions in other threads
     * (through this same object) and in other processes (remote workers) append to the same log,
     * and each holds the lock only while its few lines go out.
     */
    public synchronized void append(List<? extends IngestOutcome> outcomes) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (IngestOutcome outcome : outcomes) {
            lines.append(JSON.writeValueAsString(OutcomeLine.of(outcome))).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                FileLock lock = channel.lock()) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
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
