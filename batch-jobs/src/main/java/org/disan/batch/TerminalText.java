package org.disan.batch;

/**
 * Text from a submission (file names, sheet values, messages quoting them) made safe to print to
 * a terminal: control characters (ESC sequences that clear the screen or retitle the window, bells,
 * carriage returns that overwrite a line) and invisible format characters (right-to-left
 * overrides that reverse a name) are shown escaped, as {@code \u001b}, {@code \r}; everything
 * else, Vietnamese included, is printed as it is.
 */
public final class TerminalText {

    private TerminalText() {}

    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                safe.append(String.format("\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
