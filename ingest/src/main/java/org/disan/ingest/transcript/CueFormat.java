package org.disan.ingest.transcript;

import java.util.Locale;
import java.util.Optional;

/** The cue file formats a transcript may come in. */
public enum CueFormat {
    WEBVTT("vtt"),
    SUBRIP("srt");

    private final String extension;

    CueFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name's extension names, if any. */
    public static Optional<CueFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (CueFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
