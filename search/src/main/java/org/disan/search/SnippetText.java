package org.disan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of search snippets. The highlighter writes a snippet as HTML: the matched words
 * wrapped in {@code <mark>}, everything else escaped, {@code /} included ({@code &#x2F;}). Texts
 * copied from web pages often carry their inline markup as written ({@code 3.300 km<sup>2</sup>}),
 * which escaping would show as tags. This decodes a snippet into marked and unmarked runs of plain
 * text, renders such inline markup as the characters it meant, and writes the runs out again for
 * a page, a terminal or a JSON consumer.
 */
public final class SnippetText {

    private static final Pattern MARK_TAG = Pattern.compile("<mark>|</mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");
    /** A source text's inline element with plain content, e.g. {@code <sup>2</sup>}; other tags stay text. */
    private static final Pattern INLINE_ELEMENT =
            Pattern.compile("<(sup|sub|b|i|em|strong|u|small|span)>([^<>]{0,80})</\\1>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String DIGITS_AND_SIGNS = "0123456789+-=()ni";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    /** A run of a snippet's text, marked when it matched the query. */
    public record Run(String text, boolean marked) {}

    private SnippetText() {}

    /** The snippet's runs of plain text in order; none for a missing snippet. */
    public static List<Run> runs(String snippetHtml) {
        List<Run> runs = new ArrayList<>();
        if (snippetHtml == null) {
            return runs;
        }
        Matcher tag = MARK_TAG.matcher(snippetHtml);
        boolean marked = false;
        int from = 0;
        while (tag.find()) {
            add(runs, snippetHtml.substring(from, tag.start()), marked);
            marked = tag.group().equals("<mark>");
            from = tag.end();
        }
        add(runs, snippetHtml.substring(from), marked);
        return runs;
    }

    /** The snippet as plain text on one line: marks dropped, entities decoded; null stays null. */
    public static String plain(String snippetHtml) {
        return snippetHtml == null ? null : marked(snippetHtml, "", "");
    }

    /** The snippet as plain text on one line, with each matched run between {@code open} and {@code close}. */
    public static String marked(String snippetHtml, String open, String close) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs(snippetHtml)) {
            text.append(run.marked() ? open + run.text() + close : run.text());
        }
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The snippet as HTML that is safe to insert into a page: {@code <mark>} its only markup, and
     * only the characters that HTML needs escaped (so {@code /} stays {@code /}); empty when missing.
     */
    public static String html(String snippetHtml) {
        StringBuilder html = new StringBuilder();
        for (Run run : runs(snippetHtml)) {
            if (run.marked()) {
                html.append("<mark>");
                escape(run.text(), html);
                html.append("</mark>");
            } else {
                escape(run.text(), html);
            }
        }
        return html.toString();
    }

    private static void add(List<Run> runs, String html, boolean marked) {
        if (!html.isEmpty()) {
            runs.add(new Run(renderInlineMarkup(decodeEntities(html)), marked));
        }
    }

    private static String decodeEntities(String html) {
        return ENTITY.matcher(html).replaceAll(entity -> Matcher.quoteReplacement(character(entity.group(1))));
    }

    private static String character(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                int codePoint = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            }
        };
    }

    private static String renderInlineMarkup(String text) {
        String broken = LINE_BREAK.matcher(text).replaceAll(" ");
        return INLINE_ELEMENT.matcher(broken).replaceAll(element -> Matcher.quoteReplacement(
                switch (element.group(1).toLowerCase()) {
                    case "sup" -> shifted(element.group(2), SUPERSCRIPTS);
                    case "sub" -> shifted(element.group(2), SUBSCRIPTS);
                    default -> element.group(2);
                }));
    }

    /** The content in raised or lowered characters when each has one, else as it is. */
    private static String shifted(String content, String shiftedForms) {
        StringBuilder shifted = new StringBuilder(content.length());
        for (char c : content.toCharArray()) {
            int at = DIGITS_AND_SIGNS.indexOf(c);
            if (at < 0 || at >= shiftedForms.length()) {
                return content;
            }
            shifted.append(shiftedForms.charAt(at));
        }
        return shifted.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
