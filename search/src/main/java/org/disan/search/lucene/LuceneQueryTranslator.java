package org.disan.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
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
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.disan.search.analysis.TextFolding;
import org.disan.search.analysis.TextForm;
import org.disan.search.query.QueryNode;
import org.disan.search.query.QueryPolicy;
import org.disan.search.query.SearchField;

/**
 * Renders a {@link QueryNode} tree as a Lucene query, as {@link QueryPolicy} decides it. A word or
 * phrase becomes, per text form, the best-matching field (dis-max) and the forms add up: the exact
 * form as a fixed bonus, the folded and stemmed forms by relevance (see {@link TextForm}).
 * Prefixes score a constant, higher when the prefix matches with its diacritics.
 */
final class LuceneQueryTranslator implements QueryNode.Visitor<Query> {

    private static final float FIELD_TIE_BREAKER = (float) QueryPolicy.FIELD_TIE_BREAKER;

    private final LuceneFields.FormAnalyzer analyzer;

    LuceneQueryTranslator(LuceneFields.FormAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query translate(QueryNode node) {
        return node.accept(this);
    }

    @Override
    public Query matchAll() {
        return new MatchAllDocsQuery();
    }

    @Override
    public Query term(QueryNode.Term term) {
        return text(term.field(), term.text(), false);
    }

    @Override
    public Query phrase(QueryNode.Phrase phrase) {
        return text(phrase.field(), phrase.text(), true);
    }

    @Override
    public Query prefix(QueryNode.Prefix prefix) {
        return prefix(prefix.field(), prefix.prefix());
    }

    @Override
    public Query years(QueryNode.YearRange years) {
        return IntPoint.newRangeQuery(LuceneFields.YEAR,
                years.from() == null ? Integer.MIN_VALUE : years.from(),
                years.to() == null ? Integer.MAX_VALUE : years.to());
    }

    @Override
    public Query and(QueryNode.And and) {
        return bool(QueryPolicy.and(and));
    }

    @Override
    public Query or(QueryNode.Or or) {
        return bool(QueryPolicy.or(or));
    }

    @Override
    public Query not(QueryNode.Not not) {
        return bool(QueryPolicy.not(not));
    }

    private Query bool(QueryPolicy.BooleanClauses clauses) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (QueryPolicy.Clause clause : clauses.clauses()) {
            Query query = translate(clause.node());
            switch (clause.occurrence()) {
                case REQUIRED -> builder.add(query, Occur.MUST);
                case OPTIONAL -> builder.add(query, Occur.SHOULD);
                case PROHIBITED -> builder.add(query, Occur.MUST_NOT);
                case OPTIONAL_EXCLUSION -> builder.add(excluding(query), Occur.SHOULD);
            }
        }
        if (clauses.matchAllNeeded()) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return builder.build();
    }

    private static Query excluding(Query query) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(query, Occur.MUST_NOT)
                .build();
    }

    private Query text(SearchField field, String text, boolean phrase) {
        if (field.kind() == SearchField.Kind.KEYWORD) {
            return new TermQuery(new Term(LuceneFields.keyword(field), TextFolding.fold(text)));
        }
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        for (TextForm form : TextForm.values()) {
            QueryBuilder builder = new QueryBuilder(analyzer.of(form));
            List<Query> perField = new ArrayList<>();
            for (QueryPolicy.Target target : QueryPolicy.targets(field)) {
                String name = form.field(target.field().indexName());
                Query q = phrase ? builder.createPhraseQuery(name, text)
                        : builder.createBooleanQuery(name, text, Occur.MUST);
                if (q != null) {
                    perField.add(new BoostQuery(q, target.boost()));
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
        BooleanQuery query = forms.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words") : query;
    }

    private Query prefix(SearchField field, String prefix) {
        if (field.kind() == SearchField.Kind.KEYWORD) {
            return new PrefixQuery(new Term(LuceneFields.keyword(field), TextFolding.fold(prefix)));
        }
        List<Query> alternatives = new ArrayList<>();
        for (TextForm form : QueryPolicy.PREFIX_FORMS) {
            for (QueryPolicy.Target target : QueryPolicy.targets(field)) {
                String name = form.field(target.field().indexName());
                BytesRef normalized = analyzer.of(form).normalize(name, prefix);
                Query q = new PrefixQuery(new Term(name, normalized));
                alternatives.add(new BoostQuery(q, form.weight()));
            }
        }
        return new DisjunctionMaxQuery(alternatives, FIELD_TIE_BREAKER);
    }
}
