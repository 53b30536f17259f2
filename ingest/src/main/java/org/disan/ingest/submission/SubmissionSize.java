package org.disan.ingest.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Whether a submission is small, judged before it is scanned, from as few of its files as tell:
 * a command prepares for the work ahead while it starts only when there is work enough to repay it.
 */
public final class SubmissionSize {

    /** At most this many files... */
    static final int SMALL_FILES = 10;
    /** ...of this many bytes together. */
    static final long SMALL_BYTES = 256 * 1024;

    private SubmissionSize() {}

    /** A file, or a folder holding a few small files; reading stops at the first sign of more. */
    public static boolean isSmall(Path submission) {
        try {
            if (!Files.isDirectory(submission)) {
                return Files.size(submission) <= SMALL_BYTES;
            }
            int files = 0;
            long bytes = 0;
            try (Stream<Path> walk = Files.walk(submission)) {
                Iterator<Path> paths = walk.filter(Files::isRegularFile).iterator();
                while (paths.hasNext()) {
                    bytes += Files.size(paths.next());
                    if (++files > SMALL_FILES || bytes > SMALL_BYTES) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false; // the scan will say what is wrong; nothing to save here
        }
    }
}
