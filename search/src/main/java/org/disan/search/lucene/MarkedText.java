package org.disan.search.lucene;

import java.util.BitSet;

/** A text as safe HTML: the given character ranges wrapped in {@code <mark>}, everything escaped. */
final class MarkedText {

    private MarkedText() {}

    static String of(String text, BitSet marked) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            boolean mark = marked.get(i);
            if (mark != open) {
                html.append(mark ? "<mark>" : "</mark>");
                open = mark;
            }
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
