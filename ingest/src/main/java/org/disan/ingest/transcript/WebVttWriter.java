package org.disan.ingest.transcript;

import java.util.List;
import org.disan.ingest.model.Cue;

/** Writes cues as WebVTT, the one format players' {@code <track>} elements read. */
public final class WebVttWriter {

    private WebVttWriter() {}

    public static String write(List<Cue> cues) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Cue cue : cues) {
            vtt.append('\n').append(CueTime.webVtt(cue.start())).append(" --> ")
                    .append(CueTime.webVtt(cue.end())).append('\n')
                    // a blank line would end the cue early, and "-->" would start a new one
                    .append(escape(cue.text()).replaceAll("\n\\s*\n", "\n")).append('\n');
        }
        return vtt.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
