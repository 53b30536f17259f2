package org.disan.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a snippet's safe HTML back into plain text, for terminals and JSON consumers. */
public final class SnippetText {

    private static final Pattern MARK_TAG = Pattern.compile("</?mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private SnippetText() {}

    /** The snippet without {@code <mark>} tags and with HTML entities decoded; null stays null. */
    public static String plain(String snippetHtml) {
        if (snippetHtml == null) {
            return null;
        }
        String untagged = MARK_TAG.matcher(snippetHtml).replaceAll("");
        Matcher entity = ENTITY.matcher(untagged);
        return entity.replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1))));
    }

    private static String decode(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> Character.toString(name.startsWith("#x") || name.startsWith("#X")
                    ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1)));
        };
    }
}
