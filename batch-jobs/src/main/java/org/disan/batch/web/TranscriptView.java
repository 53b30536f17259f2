package org.disan.batch.web;

import java.util.List;
import java.util.Locale;
import org.disan.ingest.model.Transcript;
import org.disan.search.CueHit;

/**
 * A transcript as the record page lists it and plays it: its language, where it came from, and
 * every cue with the second it starts at.
 *
 * @param number the transcript's place among the record's, from 1, as its WebVTT address names it
 * @param languageName the language in the page's own language ("Vietnamese", "tiếng Việt")
 */
record TranscriptView(int number, String language, String languageName, String source, String sha256,
        List<TimedCue> cues) {

    /** One cue: where it starts and ends (seconds) and its words. */
    record TimedCue(double start, double end, long second, String clock, String text) {}

    static List<TranscriptView> of(List<Transcript> transcripts, Locale pageLocale) {
        return java.util.stream.IntStream.range(0, transcripts.size())
                .mapToObj(i -> of(i + 1, transcripts.get(i), pageLocale)).toList();
    }

    private static TranscriptView of(int number, Transcript transcript, Locale pageLocale) {
        List<TimedCue> cues = transcript.cues().stream()
                .map(c -> new TimedCue(c.start(), c.end(), (long) Math.floor(c.start()), CueHit.clock(c.start()), c.text()))
                .toList();
        return new TranscriptView(number, transcript.language(), languageName(transcript.language(), pageLocale),
                transcript.source(), transcript.sha256(), cues);
    }

    private static String languageName(String language, Locale pageLocale) {
        if (Transcript.UNKNOWN_LANGUAGE.equals(language)) {
            return "?";
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(pageLocale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(pageLocale) + name.substring(1);
    }

    /** The {@code lang} attribute of the cues' text, or {@code null} when the language is unknown. */
    public String langAttribute() {
        return Transcript.UNKNOWN_LANGUAGE.equals(language) ? null : language;
    }
}
