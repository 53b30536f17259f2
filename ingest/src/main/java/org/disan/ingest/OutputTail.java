package org.disan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last lines a process wrote to a stream, kept while the stream is drained, to say in an error
 * message why the process ended: the JVM's own last words ("Could not find or load main class",
 * "Terminating due to java.lang.OutOfMemoryError") would otherwise be lost. Only the last
 * {@value #KEEP_BYTES} bytes are held, however much the process writes.
 */
final class OutputTail {

    static final int KEEP_BYTES = 4096;
    private static final int MAX_LINES = 3;
    private static final int MAX_CHARS = 500;

    private final byte[] ring = new byte[KEEP_BYTES];
    private long written;
    private final CompletableFuture<String> lastLines = new CompletableFuture<>();

    /** Reads the stream to its end on the calling thread, keeping its last bytes. */
    void drain(InputStream in) {
        byte[] buffer = new byte[1024];
        try (in) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                keep(buffer, read);
            }
        } catch (IOException e) {
            // The process is gone or closed the stream: what was read is all there is.
        } finally {
            lastLines.complete(lastLines());
        }
    }

    private synchronized void keep(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % KEEP_BYTES)] = bytes[i];
        }
    }

    /**
     * Up to three last non-blank lines, joined by " | ", once the stream has ended; empty when
     * there were none or the stream did not end within {@code limit}.
     */
    String lastLines(Duration limit) {
        try {
            return lastLines.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private synchronized String lastLines() {
        byte[] kept;
        if (written <= KEEP_BYTES) {
            kept = Arrays.copyOf(ring, (int) written);
        } else {
            int start = (int) (written % KEEP_BYTES);
            kept = new byte[KEEP_BYTES];
            System.arraycopy(ring, start, kept, 0, KEEP_BYTES - start);
            System.arraycopy(ring, 0, kept, KEEP_BYTES - start, start);
        }
        List<String> lines = new String(kept, StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (written > KEEP_BYTES && !lines.isEmpty()) {
            lines = lines.subList(1, lines.size()); // the first was cut
        }
        String last = String.join(" | ", lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size()));
        return last.length() > MAX_CHARS ? "…" + last.substring(last.length() - MAX_CHARS) : last;
    }
}
