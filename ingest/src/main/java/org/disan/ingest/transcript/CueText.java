package org.disan.ingest.transcript;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A cue's words as plain text: WebVTT's spans ({@code <v Speaker>}, {@code <c.loud>}, inline
 * timestamps), SubRip's {@code <i>}/{@code <font>} tags and {@code {\an8}} overrides removed,
 * character references decoded, NFC. Search indexes and players show this, never markup.
 */
final class CueText {

    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    private static final Pattern OVERRIDE = Pattern.compile("\\{\\\\[^}\\n]*}");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private CueText() {}

    static String plain(String marked) {
        String text = OVERRIDE.matcher(TAG.matcher(marked).replaceAll("")).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&lrm;", "").replace("&rlm;", "").replace("&amp;", "&");
        text = SPACES.matcher(text).replaceAll(" ");
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
