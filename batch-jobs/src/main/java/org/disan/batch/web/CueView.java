package org.disan.batch.web;

import org.disan.search.CueHit;
import org.disan.search.SnippetText;

/**
 * A matching moment of a recording as a result list shows it: a link to the record page that
 * starts the player there ({@code #t=761}), the time as a player shows it, and the cue's words.
 *
 * @param html the cue's words with the matched ones marked, checked to be safe to insert as HTML
 */
record CueView(long second, String clock, String language, String html) {

    static CueView of(CueHit cue) {
        return new CueView(cue.startSecond(), cue.startClock(), cue.language(), SnippetText.html(cue.marked()));
    }
}
