package org.disan.batch.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML search snippet into terminal text: {@code <mark>} becomes bold (on a terminal
 * that shows colours) or brackets, and entities become the characters they stand for.
 */
final class SnippetText {

    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");

    private SnippetText() {}

    static String of(String snippet, boolean ansi) {
        if (snippet == null) {
            return "";
        }
        String marked = snippet
                .replace("<mark>", ansi ? BOLD : "[")
                .replace("</mark>", ansi ? RESET : "]")
                .replaceAll("\\s+", " ")
                .strip();
        return unescape(marked);
    }

    private static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder plain = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(plain, Matcher.quoteReplacement(character(entity.group(1))));
        }
        entity.appendTail(plain);
        return plain.toString();
    }

    private static String character(String name) {
        if (name.startsWith("#x")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return NAMED.get(name);
    }
}
