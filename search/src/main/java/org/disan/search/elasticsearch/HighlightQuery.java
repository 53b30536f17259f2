package org.disan.search.elasticsearch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.disan.search.analysis.TextForm;
import org.disan.search.analysis.VietnameseAnalyzer;
import org.disan.search.query.QueryNode;
import org.disan.search.query.SearchField;

/**
 * The words a query looks for in the highlighted fields (folded full text and description,
 * stemmed full text), as a Lucene query for the highlighter: the same terms, phrases and
 * prefixes the search matched there, and nothing from negated clauses or other fields.
 */
final class HighlightQuery implements QueryNode.Visitor<Query> {

    private static final List<TextForm> FORMS = List.of(TextForm.FOLDED, TextForm.STEMMED);
    private static final List<SearchField> HIGHLIGHTED = List.of(SearchField.TEXT, SearchField.DESCRIPTION);
    private static final Map<TextForm, VietnameseAnalyzer> ANALYZERS = new EnumMap<>(Map.of(
            TextForm.FOLDED, new VietnameseAnalyzer(TextForm.FOLDED),
            TextForm.STEMMED, new VietnameseAnalyzer(TextForm.STEMMED)));

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
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (SearchField target : targets(prefix.field())) {
            String name = TextForm.FOLDED.field(target.indexName());
            String normalized = ANALYZERS.get(TextForm.FOLDED).normalize(name, prefix.prefix()).utf8ToString();
            any.add(new PrefixQuery(new Term(name, normalized)), Occur.SHOULD);
        }
        return any.build();
    }

    @Override
    public Query years(QueryNode.YearRange range) {
        return new MatchNoDocsQuery();
    }

    @Override
    public Query and(QueryNode.And and) {
        return combine(and.clauses());
    }

    @Override
    public Query or(QueryNode.Or or) {
        return combine(or.clauses());
    }

    @Override
    public Query not(QueryNode.Not not) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(translate(not.clause()), Occur.MUST_NOT)
                .build();
    }

    private Query combine(List<QueryNode> clauses) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (QueryNode clause : clauses) {
            if (!(clause instanceof QueryNode.Not)) {
                builder.add(translate(clause), Occur.SHOULD);
            }
        }
        return builder.build();
    }

    private Query words(SearchField field, String text, boolean phrase) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (TextForm form : FORMS) {
            QueryBuilder builder = new QueryBuilder(ANALYZERS.get(form));
            for (SearchField target : targets(field)) {
                String name = form.field(target.indexName());
                Query q = phrase ? builder.createPhraseQuery(name, text)
                        : builder.createBooleanQuery(name, text, Occur.MUST);
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    private static List<SearchField> targets(SearchField field) {
        if (field == SearchField.ANY) {
            return HIGHLIGHTED;
        }
        return HIGHLIGHTED.contains(field) ? List.of(field) : List.of();
    }
}
