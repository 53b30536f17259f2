package org.disan.ingest.model;

/**
 * One timed line of a transcript: what is said (or shown) from {@code start} to {@code end}.
 *
 * @param start seconds from the beginning of the recording
 * @param end seconds from the beginning of the recording, never before {@code start}
 * @param text the cue's words as plain text (markup removed), NFC, lines joined by newlines
 */
public record Cue(double start, double end, String text) {

    public Cue {
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("a cue must start at 0 s or later and end after it starts: "
                    + start + " → " + end);
        }
        text = text == null ? "" : text;
    }
}
