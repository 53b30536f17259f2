package org.disan.search.query;

/** One lexical unit of a query, with its 1-based position for error messages. */
record QueryToken(Type type, String text, int position) {

    enum Type {
        WORD,
        PHRASE,
        FIELD,
        AND,
        OR,
        NOT,
        MINUS,
        OPEN,
        CLOSE
    }

    boolean is(Type expected) {
        return type == expected;
    }

    /** Whether this token can begin an operand (a word, phrase, field, group or negation). */
    boolean startsOperand() {
        return switch (type) {
            case WORD, PHRASE, FIELD, NOT, MINUS, OPEN -> true;
            default -> false;
        };
    }
}
