package org.disan.batch.web.submissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a request body to a file and stops as soon as it passes the limit, so that an
 * over-size upload never fills the disk and is never held in memory.
 */
final class BoundedCopy {

    private static final int BUFFER = 64 * 1024;

    private BoundedCopy() {}

    /**
     * @return the bytes written
     * @throws UploadRefusedException (413) once more than {@code limitBytes} arrive; the partial
     *     file is left for the caller to remove with the rest of its staging folder
     */
    static long copy(InputStream in, Path target, long limitBytes) throws IOException {
        long written = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                written += read;
                if (written > limitBytes) {
                    throw UploadRefusedException.tooLarge(limitBytes);
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }
}
