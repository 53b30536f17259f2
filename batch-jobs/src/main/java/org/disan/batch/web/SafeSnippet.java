package org.disan.batch.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a search snippet safe to insert as HTML. The index promises snippets whose only markup is
 * {@code <mark>}; this keeps that markup and escapes anything else that could still form a tag
 * or attribute, without double-escaping entities the index already wrote.
 */
final class SafeSnippet {

    private static final Pattern MARK = Pattern.compile("</?mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private SafeSnippet() {}

    static String html(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(snippet.length() + 16);
        Matcher mark = MARK.matcher(snippet);
        int from = 0;
        while (mark.find()) {
            escapeText(snippet.substring(from, mark.start()), safe);
            safe.append(mark.group());
            from = mark.end();
        }
        escapeText(snippet.substring(from), safe);
        return safe.toString();
    }

    private static void escapeText(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '&' -> out.append(startsEntity(text, i) ? "&" : "&amp;");
                default -> out.append(c);
            }
        }
    }

    private static boolean startsEntity(String text, int ampersand) {
        return ENTITY.matcher(text).region(ampersand, text.length()).lookingAt();
    }
}
