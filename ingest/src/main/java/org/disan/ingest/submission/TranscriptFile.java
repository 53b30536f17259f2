package org.disan.ingest.submission;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A WebVTT or SubRip file that a submission gives for one of its recordings.
 *
 * @param path where the bytes can be read now
 * @param relativePath its path inside the submission, NFC, with forward slashes
 * @param language the BCP 47 language its name gives ({@code ca-tru.vi.srt}), or {@code null}
 */
public record TranscriptFile(Path path, String relativePath, String language) {

    public TranscriptFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
    }
}
