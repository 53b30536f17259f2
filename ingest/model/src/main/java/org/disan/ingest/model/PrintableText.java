package org.disan.ingest.model;

/**
 * Text from outside (a file name) made safe to show as a title: control characters (a bell, an
 * escape sequence, a tab or line break) become a space (an escape sequence goes whole), runs of spaces one, ends trimmed. The
 * raw form stays in the record's provenance.
 */
public final class PrintableText {

    /** A terminal escape sequence ("ESC[31m"), which is dropped whole rather than left as "[31m". */
    private static final java.util.regex.Pattern ESCAPE_SEQUENCE =
            java.util.regex.Pattern.compile("(?:\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]|\u001B[@-Z\\\\-_]");

    private PrintableText() {}

    public static String of(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder printable = new StringBuilder(raw.length());
        ESCAPE_SEQUENCE.matcher(raw).replaceAll("").codePoints().forEach(c -> printable.appendCodePoint(isControl(c) ? ' ' : c));
        return printable.toString().replaceAll(" {2,}", " ").strip();
    }

    /** C0 and C1 controls, and the bidirectional overrides that reorder what is shown. */
    private static boolean isControl(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
