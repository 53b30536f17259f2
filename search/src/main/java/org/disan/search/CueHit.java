package org.disan.search;

/**
 * A cue of a recording's transcript that matches a search: where in the recording it is said, and
 * its words, plain and with the matched ones marked.
 *
 * @param start seconds from the start of the recording
 * @param end seconds from the start of the recording
 * @param language the transcript's language ({@code vi}, {@code en}, {@code und})
 * @param text the cue's words as plain text, e.g. for a terminal or the JSON API
 * @param marked the same words, matched ones wrapped in {@code <mark>}, everything else HTML-escaped
 */
public record CueHit(double start, double end, String language, String text, String marked) {

    public static CueHit of(double start, double end, String language, String marked) {
        return new CueHit(start, end, language, SnippetText.plain(marked), marked);
    }

    /** The whole second the cue starts in, as a media fragment names it ({@code #t=761}). */
    public long startSecond() {
        return (long) Math.floor(start);
    }

    /** The start as people read it on a player: {@code 12:41}, or {@code 1:02:03} past an hour. */
    public String startClock() {
        return clock(start);
    }

    /** A time in a recording as people read it on a player: {@code 12:41}, {@code 1:02:03}. */
    public static String clock(double time) {
        long seconds = (long) Math.floor(time);
        long hours = seconds / 3600;
        return hours > 0
                ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
