package org.disan.search;

/**
 * A cue of a recording's transcript that matches a search: where in the recording it is said, and
 * its words with the matched ones marked.
 *
 * @param start seconds from the start of the recording
 * @param end seconds from the start of the recording
 * @param language the transcript's language ({@code vi}, {@code en}, {@code und})
 * @param marked the cue's words, matched ones wrapped in {@code <mark>}, everything else HTML-escaped
 */
public record CueHit(double start, double end, String language, String marked) {

    /** The words without marks, e.g. for a terminal or the JSON API. */
    public String text() {
        return SnippetText.plain(marked);
    }
}
