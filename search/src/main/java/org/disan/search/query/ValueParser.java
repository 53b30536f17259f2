package org.disan.search.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disan.search.InvalidQueryException;

/** Turns one word or phrase of a query into a node for its field: term, prefix, phrase or years. */
final class ValueParser {

    private static final Pattern YEARS = Pattern.compile("(\\d{1,4})?(\\.\\.)?(\\d{1,4})?");

    private ValueParser() {}

    /** A word, a prefix (ending in *) or, in the year field, a year or range; null if it has no letters. */
    static QueryNode word(SearchField field, QueryToken token, int minPrefix) {
        String word = token.text();
        if (field == SearchField.YEAR) {
            return years(word);
        }
        int star = word.indexOf('*');
        if (star >= 0 && star < word.length() - 1 || word.startsWith("*")) {
            throw new InvalidQueryException("\"" + word + "\": * works only at the end of a word,"
                    + " as in thang* (words starting with thang).");
        }
        if (star > 0) {
            String prefix = word.substring(0, star);
            if (letters(prefix) < minPrefix) {
                throw new InvalidQueryException("\"" + word + "\": a prefix search needs at least "
                        + minPrefix + " letters before the *.");
            }
            return new QueryNode.Prefix(field, prefix);
        }
        return letters(word) == 0 ? null : new QueryNode.Term(field, word);
    }

    /** A phrase; in a keyword field the whole phrase is the value; null when it has no words. */
    static QueryNode phrase(SearchField field, QueryToken token) {
        String text = token.text();
        if (field == SearchField.YEAR) {
            return years(text.strip());
        }
        if (letters(text) == 0) {
            return null;
        }
        return field.kind() == SearchField.Kind.KEYWORD
                ? new QueryNode.Term(field, text)
                : new QueryNode.Phrase(field, text);
    }

    static QueryNode years(String value) {
        Matcher m = YEARS.matcher(value);
        boolean range = m.matches() && m.group(2) != null;
        if (!m.matches() || (m.group(1) == null && m.group(3) == null)
                || (!range && m.group(3) != null)) {
            throw new InvalidQueryException("year: takes a year or a range of years, as in"
                    + " year:1975 or year:1990..2000; \"" + value + "\" is neither.");
        }
        Integer from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer to = range ? (m.group(3) == null ? null : Integer.valueOf(m.group(3))) : from;
        if (from != null && to != null && from > to) {
            throw new InvalidQueryException("The range year:" + value
                    + " starts after it ends; write the earlier year first.");
        }
        return new QueryNode.YearRange(from, to);
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
