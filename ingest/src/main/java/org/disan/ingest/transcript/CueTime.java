package org.disan.ingest.transcript;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue timestamps as WebVTT ({@code 01:02:03.456}, {@code 02:03.456}) and SubRip ({@code 01:02:03,456})
 * write them. Hours may have any number of digits: recordings of a whole festival run past 99 hours
 * in some archives' files, and a parser that stops at two digits drops their cues.
 */
final class CueTime {

    private static final Pattern TIME =
            Pattern.compile("(?:(\\d+):)?([0-5]\\d):([0-5]\\d)[.,](\\d{3})");

    private CueTime() {}

    /** Seconds, or {@code -1} when the text is not a timestamp. */
    static double parse(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return -1;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3))
                + Integer.parseInt(m.group(4)) / 1000.0;
    }

    /** The WebVTT form, hours always written: {@code 00:12:41.000}. */
    static String webVtt(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }
}
