package org.disan.search.query;

import java.util.ArrayList;
import java.util.List;
import org.disan.search.InvalidQueryException;
import org.disan.search.query.QueryToken.Type;

/**
 * Parses disan's query language into a {@link QueryNode} tree.
 *
 * <pre>
 *   query   := or
 *   or      := and ( OR and )*
 *   and     := unary ( [AND] unary )*      words side by side must all match
 *   unary   := NOT unary | -primary | primary
 *   primary := ( or ) | field:value | field:( or ) | "phrase" | word | prefix*
 * </pre>
 *
 * Words side by side must all match (AND), as in most archive catalogues: adding a word narrows
 * the results. Ranking then orders the records that match.
 */
public final class QueryParser {

    private static final int MIN_PREFIX = 2;
    /** Each word becomes several index queries (forms × fields); past this, a query is refused. */
    static final int MAX_WORDS = 32;
    /** Longer text is a pasted passage, not a search; it would only cost time. */
    public static final int MAX_LENGTH = 1000;
    /** Words in one phrase: each is a position the index must line up. */
    static final int MAX_PHRASE_WORDS = 16;
    /** Parentheses and NOTs inside each other; the parser recurses once per level. */
    static final int MAX_DEPTH = 20;

    private final List<QueryToken> tokens;
    private int next;
    private int depth;

    private QueryParser(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    /** The query tree for the text; blank text gives {@link QueryNode.MatchAll}. */
    public static QueryNode parse(String query) {
        String text = query == null ? "" : query;
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("The query is " + text.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed. Search for its most telling words instead.");
        }
        QueryParser parser = new QueryParser(QueryLexer.tokenize(text));
        if (parser.tokens.isEmpty()) {
            return new QueryNode.MatchAll();
        }
        long words = parser.tokens.stream()
                .filter(t -> t.is(Type.WORD) || t.is(Type.PHRASE)).count();
        if (words > MAX_WORDS) {
            throw new InvalidQueryException("The query has " + words + " words and phrases; at most "
                    + MAX_WORDS + " are allowed. Shorten it, or put a passage in quotes.");
        }
        parser.tokens.stream().filter(t -> t.is(Type.PHRASE)).forEach(QueryParser::checkPhraseLength);
        QueryNode root = parser.or(SearchField.ANY);
        if (parser.hasNext()) {
            QueryToken stray = parser.peek();
            throw new InvalidQueryException("There is a \")\" at character " + stray.position()
                    + " without a matching \"(\".");
        }
        return root == null ? new QueryNode.MatchAll() : root;
    }

    private QueryNode or(SearchField field) {
        List<QueryNode> clauses = new ArrayList<>();
        addIfPresent(clauses, and(field));
        while (hasNext() && peek().is(Type.OR)) {
            QueryToken op = take();
            requireOperand(op, true);
            addIfPresent(clauses, and(field));
        }
        return combine(clauses, false);
    }

    private QueryNode and(SearchField field) {
        List<QueryNode> clauses = new ArrayList<>();
        requireOperand(null, false);
        addIfPresent(clauses, unary(field));
        while (hasNext()) {
            if (peek().is(Type.AND)) {
                requireOperand(take(), true);
            } else if (!peek().startsOperand()) {
                break;
            }
            addIfPresent(clauses, unary(field));
        }
        return combine(clauses, true);
    }

    private QueryNode unary(SearchField field) {
        QueryToken token = peek();
        if (token.is(Type.NOT) || token.is(Type.MINUS)) {
            take();
            requireOperand(token, true);
            enter(token);
            QueryNode negated = token.is(Type.NOT) ? unary(field) : primary(field);
            depth--;
            return negated == null ? null : new QueryNode.Not(negated);
        }
        return primary(field);
    }

    private QueryNode primary(SearchField field) {
        QueryToken token = take();
        return switch (token.type()) {
            case OPEN -> group(token, field);
            case FIELD -> fieldValue(token);
            case PHRASE -> ValueParser.phrase(field, token);
            case WORD -> ValueParser.word(field, token, MIN_PREFIX);
            default -> throw new InvalidQueryException(misplaced(token));
        };
    }

    private QueryNode group(QueryToken open, SearchField field) {
        if (hasNext() && peek().is(Type.CLOSE)) {
            throw new InvalidQueryException("The parentheses at character " + open.position()
                    + " are empty: put words between them, or remove them.");
        }
        enter(open);
        QueryNode inside = or(field);
        depth--;
        if (!hasNext() || !peek().is(Type.CLOSE)) {
            throw new InvalidQueryException("The parenthesis \"(\" at character " + open.position()
                    + " is never closed.");
        }
        take();
        return inside;
    }

    private QueryNode fieldValue(QueryToken fieldToken) {
        SearchField field = SearchField.byName(fieldToken.text()).orElseThrow();
        if (!hasNext()) {
            throw new InvalidQueryException("\"" + fieldToken.text() + ":\" needs a value.");
        }
        QueryToken value = peek();
        if (value.is(Type.OPEN)) {
            return primary(field);
        }
        take();
        return switch (value.type()) {
            case WORD -> ValueParser.word(field, value, MIN_PREFIX);
            case PHRASE -> ValueParser.phrase(field, value);
            default -> throw new InvalidQueryException("\"" + fieldToken.text()
                    + ":\" needs a value right after the colon.");
        };
    }

    /** One level deeper into parentheses or NOTs; refused past {@link #MAX_DEPTH}. */
    private void enter(QueryToken token) {
        if (++depth > MAX_DEPTH) {
            throw new InvalidQueryException("Parentheses and NOTs are nested more than " + MAX_DEPTH
                    + " levels deep at character " + token.position() + "; simplify the query.");
        }
    }

    private static void checkPhraseLength(QueryToken phrase) {
        long words = java.util.Arrays.stream(phrase.text().strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
        if (words > MAX_PHRASE_WORDS) {
            throw new InvalidQueryException("The phrase at character " + phrase.position() + " has " + words
                    + " words; at most " + MAX_PHRASE_WORDS + " are allowed in one phrase.");
        }
    }

    /** Fails with a clear message when an operator is not followed (or preceded) by an operand. */
    private void requireOperand(QueryToken operator, boolean after) {
        if (hasNext() && peek().startsOperand()) {
            return;
        }
        if (operator != null && after) {
            throw new InvalidQueryException("\"" + operator.text() + "\" at character "
                    + operator.position() + " needs something to search for after it.");
        }
        throw new InvalidQueryException(hasNext() ? misplaced(peek()) : "The query is incomplete.");
    }

    private static String misplaced(QueryToken token) {
        return switch (token.type()) {
            case AND, OR -> "\"" + token.text() + "\" at character " + token.position()
                    + " needs something to search for on both sides.";
            case CLOSE -> "There is a \")\" at character " + token.position()
                    + " without a matching \"(\".";
            default -> "Unexpected \"" + token.text() + "\" at character " + token.position() + ".";
        };
    }

    private static void addIfPresent(List<QueryNode> clauses, QueryNode node) {
        if (node != null) {
            clauses.add(node);
        }
    }

    private static QueryNode combine(List<QueryNode> clauses, boolean all) {
        if (clauses.isEmpty()) {
            return null;
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return all ? new QueryNode.And(clauses) : new QueryNode.Or(clauses);
    }

    private boolean hasNext() {
        return next < tokens.size();
    }

    private QueryToken peek() {
        return tokens.get(next);
    }

    private QueryToken take() {
        return tokens.get(next++);
    }
}
