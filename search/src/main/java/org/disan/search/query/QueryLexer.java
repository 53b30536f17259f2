package org.disan.search.query;

import java.util.ArrayList;
import java.util.List;
import org.disan.search.InvalidQueryException;
import org.disan.search.query.QueryToken.Type;

/**
 * Splits query text into tokens. Operators are recognised only in capitals (AND, OR, NOT), so the
 * English words "and", "or", "not" stay searchable. {@code name:} opens a field only when the name
 * is a known field; otherwise the colon is part of the text ("Huế: cố đô").
 */
final class QueryLexer {

    private final String text;
    private final List<QueryToken> tokens = new ArrayList<>();
    private int pos;

    private QueryLexer(String text) {
        this.text = text;
    }

    static List<QueryToken> tokenize(String text) {
        QueryLexer lexer = new QueryLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '(') {
                add(Type.OPEN, "(", pos++);
            } else if (c == ')') {
                add(Type.CLOSE, ")", pos++);
            } else if (c == '"') {
                readPhrase();
            } else if ((c == '-' || c == '+') && startsValue(pos + 1)) {
                if (c == '-') {
                    add(Type.MINUS, "-", pos);
                }
                pos++;
            } else {
                readWord();
            }
        }
    }

    private void readPhrase() {
        int start = pos;
        int end = text.indexOf('"', start + 1);
        if (end < 0) {
            throw new InvalidQueryException("The quote (\") at character " + (start + 1)
                    + " has no closing quote. Close the phrase, or remove the quote.");
        }
        add(Type.PHRASE, text.substring(start + 1, end), start);
        pos = end + 1;
    }

    private void readWord() {
        int start = pos;
        while (pos < text.length() && !endsWord(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        int colon = word.indexOf(':');
        if (colon > 0 && SearchField.byName(word.substring(0, colon)).isPresent()) {
            readField(word, colon, start);
            return;
        }
        switch (word) {
            case "AND", "&&" -> add(Type.AND, word, start);
            case "OR", "||" -> add(Type.OR, word, start);
            case "NOT" -> add(Type.NOT, word, start);
            default -> add(Type.WORD, word, start);
        }
    }

    private void readField(String word, int colon, int start) {
        String name = word.substring(0, colon);
        String value = word.substring(colon + 1);
        if (value.isEmpty() && !startsValue(pos)) {
            throw new InvalidQueryException("\"" + name + ":\" needs a value right after the colon,"
                    + " as in " + name + ":" + example(name) + ".");
        }
        add(Type.FIELD, name, start);
        if (!value.isEmpty()) {
            add(Type.WORD, value, start + colon + 1);
        }
    }

    private static String example(String name) {
        return SearchField.byName(name).orElseThrow() == SearchField.YEAR ? "1975" : "huế";
    }

    private boolean startsValue(int at) {
        return at < text.length() && !Character.isWhitespace(text.charAt(at))
                && text.charAt(at) != ')';
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    private void add(Type type, String tokenText, int at) {
        tokens.add(new QueryToken(type, tokenText, at + 1));
    }
}
