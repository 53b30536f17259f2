package org.disan.batch.report;

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
import java.util.function.Function;

/**
 * A job's per-item log, one JSON object a line, appended chunk by chunk. A chunk that was redone
 * after a crash or a retry appears twice; {@link #read()} keeps the last line for each key.
 */
public final class JsonLines<T> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Class<T> type;
    private final Function<T, String> key;

    public JsonLines(Path file, Class<T> type, Function<T, String> key) {
        this.file = file;
        this.type = type;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends the lines as one write, under a lock on the file: partitions in other threads
     * (through this same object) and in other processes (remote workers) append to the same log,
     * and each holds the lock only while its few lines go out.
     */
    public synchronized void append(List<? extends T> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (T line : lines) {
            text.append(JSON.writeValueAsString(line)).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                FileLock lock = channel.lock()) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    /** The last line for each key, in the order keys were first seen. */
    public List<T> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, T> latest = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    T value = JSON.readValue(line, type);
                    latest.put(key.apply(value), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ArrayList<>(latest.values());
    }
}
