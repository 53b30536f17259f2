package org.disan.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Every term a query names and every pattern (prefix) it matches terms with, in any field and
 * clause, negated ones too. A token that is none of these can never be marked, so a text analysed
 * for highlighting only needs to keep the tokens that are.
 */
final class QueryWords {

    private final Set<BytesRef> terms = new HashSet<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();

    QueryWords(Query query) {
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... found) {
                for (Term term : found) {
                    terms.add(BytesRef.deepCopyOf(term.bytes()));
                }
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                patterns.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    /** Whether the query names no words at all (say, browsing everything): nothing to mark. */
    boolean isEmpty() {
        return terms.isEmpty() && patterns.isEmpty();
    }

    /** Whether it matches terms by pattern, which the highlighter resolves by analysing the text itself. */
    boolean hasPatterns() {
        return !patterns.isEmpty();
    }

    /** The stream without the tokens the query can never mark; positions and offsets are kept. */
    TokenStream keepMarkable(TokenStream tokens) {
        return new FilteringTokenFilter(tokens) {
            private final TermToBytesRefAttribute term = addAttribute(TermToBytesRefAttribute.class);

            @Override
            protected boolean accept() throws IOException {
                return isMarkable(term.getBytesRef());
            }
        };
    }

    private boolean isMarkable(BytesRef token) {
        if (terms.contains(token)) {
            return true;
        }
        for (ByteRunAutomaton pattern : patterns) {
            if (pattern.run(token.bytes, token.offset, token.length)) {
                return true;
            }
        }
        return false;
    }
}
