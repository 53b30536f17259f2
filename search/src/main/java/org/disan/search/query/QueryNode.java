package org.disan.search.query;

import java.util.List;

/**
 * A parsed query, independent of any search engine. Each backend translates this tree into its
 * own queries through a {@link Visitor}; the meaning (what matches, what ranks higher) is defined
 * here and in {@code TextForm}.
 */
public sealed interface QueryNode {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of node, so a backend's translation handles every kind. */
    interface Visitor<R> {
        R matchAll();

        R term(Term term);

        R phrase(Phrase phrase);

        R prefix(Prefix prefix);

        R years(YearRange range);

        R and(And and);

        R or(Or or);

        R not(Not not);
    }

    /** Every record (an empty query). */
    record MatchAll() implements QueryNode {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.matchAll();
        }
    }

    /** One word (or a token run such as "Hà-Nội") in a field; {@link SearchField#ANY} for free text. */
    record Term(SearchField field, String text) implements QueryNode {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.term(this);
        }
    }

    /** Words that must appear together and in this order. */
    record Phrase(SearchField field, String text) implements QueryNode {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.phrase(this);
        }
    }

    /** Words starting with the prefix ({@code thang*}). */
    record Prefix(SearchField field, String prefix) implements QueryNode {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.prefix(this);
        }
    }

    /** Records whose year lies in the range; a {@code null} end is open. */
    record YearRange(Integer from, Integer to) implements QueryNode {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.years(this);
        }
    }

    /** All of the clauses match. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.and(this);
        }
    }

    /** At least one of the clauses matches. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.or(this);
        }
    }

    /** The clause does not match. */
    record Not(QueryNode clause) implements QueryNode {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.not(this);
        }
    }
}
