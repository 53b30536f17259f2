package org.disan.batch.web.submissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Streams a request body to a file and stops as soon as it passes the size limit or its time
 * limit, so that an over-size upload never fills the disk nor is held in memory, and an upload
 * that trickles in cannot hold the intake for ever. (Each single read is bounded by the server's
 * connection timeout; the time limit bounds them all.)
 */
final class BoundedCopy {

    private static final int BUFFER = 64 * 1024;

    private BoundedCopy() {}

    /**
     * @return the bytes written
     * @throws UploadRefusedException (413) once more than {@code limitBytes} arrive, (408) once
     *     {@code timeLimit} has passed; the partial file is left for the caller to remove with
     *     the rest of its staging folder
     */
    static long copy(InputStream in, Path target, long limitBytes, Duration timeLimit) throws IOException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        long written = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                written += read;
                if (written > limitBytes) {
                    throw UploadRefusedException.tooLarge(limitBytes);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw UploadRefusedException.tooSlow(timeLimit);
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }
}
