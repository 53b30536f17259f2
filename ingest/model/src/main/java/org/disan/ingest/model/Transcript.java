package org.disan.ingest.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A time-coded transcript (or subtitles) of a recording, kept in the store beside the original.
 *
 * @param language BCP 47 language of the words ({@code vi}, {@code en}), or {@code und} when unknown
 * @param source where it came from: the submitted file's path ({@code interviews/ca-tru.vi.srt}) or
 *     the recording's stream ({@code subtitle stream 2})
 * @param path the kept file's store-relative path, with forward slashes
 * @param sha256 the SHA-256 of the kept file, checked by the audit
 * @param cues the cues in the order of their start times
 */
public record Transcript(String language, String source, String path, String sha256, List<Cue> cues) {

    public static final String UNKNOWN_LANGUAGE = "und";

    public Transcript {
        Objects.requireNonNull(path, "path");
        language = language == null || language.isBlank() ? UNKNOWN_LANGUAGE : language;
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    /** {@code srt} or {@code vtt}: the kept file's format, from its name. */
    public String format() {
        return path.toLowerCase(Locale.ROOT).endsWith(".srt") ? "srt" : "vtt";
    }

    /** All the cues' words, one cue a line: what search indexes. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Cue cue : cues) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(cue.text());
        }
        return text.toString();
    }
}
