package org.disan.search.elasticsearch;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.disan.search.analysis.TextFolding;
import org.disan.search.analysis.TextForm;
import org.disan.search.query.QueryNode;
import org.disan.search.query.SearchField;

/**
 * The query as the highlighter reads it: the Lucene query the embedded backend runs, built the
 * same way (fields, forms, phrases, prefixes, constant exact-form clauses, negations), because the
 * unified highlighter's choice of what to mark depends on that structure, not only on the words.
 * Scoring-only parts (year ranges) are left out: they hold no words.
 */
final class HighlightQuery implements QueryNode.Visitor<Query> {

    private static final float FIELD_TIE_BREAKER = 0.1f;

    private final Analyzer analyzer;

    HighlightQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query translate(QueryNode node) {
        return node.accept(this);
    }

    @Override
    public Query matchAll() {
        return new MatchNoDocsQuery();
    }

    @Override
    public Query term(QueryNode.Term term) {
        return words(term.field(), term.text(), false);
    }

    @Override
    public Query phrase(QueryNode.Phrase phrase) {
        return words(phrase.field(), phrase.text(), true);
    }

    @Override
    public Query prefix(QueryNode.Prefix prefix) {
        if (prefix.field().kind() == SearchField.Kind.KEYWORD) {
            return new PrefixQuery(new Term(EsFields.keyword(prefix.field()), TextFolding.fold(prefix.prefix())));
        }
        List<Query> alternatives = new ArrayList<>();
        for (TextForm form : List.of(TextForm.EXACT, TextForm.FOLDED)) {
            for (SearchField target : targets(prefix.field())) {
                String name = form.field(target.indexName());
                Query q = new PrefixQuery(new Term(name, analyzer.normalize(name, prefix.prefix())));
                alternatives.add(new BoostQuery(q, form.weight()));
            }
        }
        return new DisjunctionMaxQuery(alternatives, FIELD_TIE_BREAKER);
    }

    @Override
    public Query years(QueryNode.YearRange range) {
        return new MatchNoDocsQuery();
    }

    @Override
    public Query and(QueryNode.And and) {
        return bool(and.clauses(), Occur.MUST);
    }

    @Override
    public Query or(QueryNode.Or or) {
        return bool(or.clauses(), Occur.SHOULD);
    }

    @Override
    public Query not(QueryNode.Not not) {
        return bool(List.of(not), Occur.MUST);
    }

    private Query bool(List<QueryNode> clauses, Occur occur) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Not not && occur == Occur.MUST) {
                builder.add(translate(not.clause()), Occur.MUST_NOT);
            } else if (clause instanceof QueryNode.Not not) {
                builder.add(new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(translate(not.clause()), Occur.MUST_NOT)
                        .build(), occur);
                positive = true;
            } else {
                builder.add(translate(clause), occur);
                positive = true;
            }
        }
        if (!positive) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return builder.build();
    }

    private Query words(SearchField field, String text, boolean phrase) {
        if (field.kind() == SearchField.Kind.KEYWORD) {
            return new TermQuery(new Term(EsFields.keyword(field), TextFolding.fold(text)));
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        for (TextForm form : TextForm.values()) {
            List<Query> perField = new ArrayList<>();
            for (SearchField target : targets(field)) {
                String name = form.field(target.indexName());
                Query q = phrase ? builder.createPhraseQuery(name, text)
                        : builder.createBooleanQuery(name, text, Occur.MUST);
                if (q != null) {
                    perField.add(new BoostQuery(q, field == SearchField.ANY ? target.freeTextBoost() : 1.0f));
                }
            }
            if (!perField.isEmpty()) {
                Query best = new DisjunctionMaxQuery(perField, FIELD_TIE_BREAKER);
                if (form == TextForm.EXACT) {
                    best = new ConstantScoreQuery(best);
                }
                forms.add(new BoostQuery(best, form.weight()), Occur.SHOULD);
            }
        }
        return forms.build();
    }

    private static List<SearchField> targets(SearchField field) {
        return field == SearchField.ANY ? SearchField.FREE_TEXT : List.of(field);
    }
}
