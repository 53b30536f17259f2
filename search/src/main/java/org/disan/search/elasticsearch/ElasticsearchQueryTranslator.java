package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disan.search.analysis.TextFolding;
import org.disan.search.analysis.TextForm;
import org.disan.search.analysis.VietnameseAnalyzer;
import org.disan.search.query.QueryNode;
import org.disan.search.query.QueryPolicy;
import org.disan.search.query.SearchField;

/**
 * Translates a {@link QueryNode} tree into an Elasticsearch query with the same structure and
 * weights as the Lucene backend's: per text form, the best-matching field (dis-max); the forms
 * add up, the exact form as a fixed bonus (see {@code TextForm}), so an exact-diacritic match
 * ranks above a folded one. Words are analysed here, in Java;
 * Elasticsearch only splits the resulting terms on spaces, so both backends search the same terms.
 */
final class ElasticsearchQueryTranslator implements QueryNode.Visitor<Query> {

    private static final double FIELD_TIE_BREAKER = QueryPolicy.FIELD_TIE_BREAKER;

    /**
     * Elasticsearch scores BM25 with Lucene's LegacyBM25Similarity, which multiplies every score by
     * k1 + 1 (2.2 with the default k1 = 1.2) compared with the BM25Similarity of the embedded index.
     * Relevance-scored clauses are scaled back by it, so both backends give the same scores and the
     * fixed exact-match bonus weighs the same against relevance in both.
     */
    static final float LEGACY_BM25_SCALE = 1 / 2.2f;

    private final Map<TextForm, VietnameseAnalyzer> normalizers = new EnumMap<>(TextForm.class);

    ElasticsearchQueryTranslator() {
        for (TextForm form : TextForm.values()) {
            normalizers.put(form, new VietnameseAnalyzer(form));
        }
    }

    Query translate(QueryNode node) {
        return node.accept(this);
    }

    @Override
    public Query matchAll() {
        return Query.of(q -> q.matchAll(m -> m));
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
        SearchField field = prefix.field();
        if (field.kind() == SearchField.Kind.KEYWORD) {
            String folded = TextFolding.fold(prefix.prefix());
            return Query.of(q -> q.prefix(p -> p.field(ElasticsearchFields.keyword(field)).value(folded)));
        }
        List<Query> alternatives = new ArrayList<>();
        for (TextForm form : QueryPolicy.PREFIX_FORMS) {
            for (QueryPolicy.Target target : QueryPolicy.targets(field)) {
                String name = form.field(target.field().indexName());
                String normalized = normalizers.get(form).normalize(name, prefix.prefix()).utf8ToString();
                alternatives.add(Query.of(q -> q.prefix(p -> p.field(name).value(normalized).boost(form.weight()))));
            }
        }
        return Query.of(q -> q.disMax(d -> d.queries(alternatives).tieBreaker(FIELD_TIE_BREAKER)));
    }

    @Override
    public Query years(QueryNode.YearRange years) {
        return Query.of(q -> q.range(r -> r.number(n -> {
            n.field(ElasticsearchFields.YEAR);
            if (years.from() != null) {
                n.gte(years.from().doubleValue());
            }
            if (years.to() != null) {
                n.lte(years.to().doubleValue());
            }
            return n;
        })));
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
        BoolQuery.Builder builder = new BoolQuery.Builder();
        for (QueryPolicy.Clause clause : clauses.clauses()) {
            Query query = translate(clause.node());
            switch (clause.occurrence()) {
                case REQUIRED -> builder.must(query);
                case OPTIONAL -> builder.should(query);
                case PROHIBITED -> builder.mustNot(query);
                case OPTIONAL_EXCLUSION -> builder.should(excluding(query));
            }
        }
        if (clauses.matchAllNeeded()) {
            builder.must(matchAll());
        }
        return Query.of(q -> q.bool(builder.build()));
    }

    private Query excluding(Query query) {
        return Query.of(q -> q.bool(b -> b.must(matchAll()).mustNot(query)));
    }

    private Query text(SearchField field, String text, boolean phrase) {
        if (field.kind() == SearchField.Kind.KEYWORD) {
            String folded = TextFolding.fold(text);
            return Query.of(q -> q.term(t -> t.field(ElasticsearchFields.keyword(field)).value(folded).boost(LEGACY_BM25_SCALE)));
        }
        List<Query> forms = new ArrayList<>();
        for (TextForm form : TextForm.values()) {
            List<String> terms = TextFolding.terms(form, text);
            if (terms.isEmpty()) {
                continue;
            }
            String joined = String.join(" ", terms);
            List<Query> perField = new ArrayList<>();
            for (QueryPolicy.Target target : QueryPolicy.targets(field)) {
                String name = form.field(target.field().indexName());
                float boost = target.boost();
                perField.add(phrase
                        ? Query.of(q -> q.matchPhrase(m -> m.field(name).query(joined).boost(boost)))
                        : Query.of(q -> q.match(m -> m.field(name).query(joined).operator(Operator.And).boost(boost))));
            }
            Query best = Query.of(q -> q.disMax(d -> d.queries(perField).tieBreaker(FIELD_TIE_BREAKER)));
            // An exact match adds a fixed bonus; folded and stemmed matches count by relevance.
            forms.add(form == TextForm.EXACT
                    ? Query.of(q -> q.constantScore(c -> c.filter(best).boost(form.weight())))
                    : Query.of(q -> q.disMax(d -> d.queries(perField).tieBreaker(FIELD_TIE_BREAKER)
                            .boost(form.weight() * LEGACY_BM25_SCALE))));
        }
        if (forms.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.should(forms)));
    }
}
