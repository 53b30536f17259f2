package org.disan.search.elasticsearch;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.disan.search.analysis.TextForm;
import org.disan.search.query.QueryNode;
import org.disan.search.query.SearchField;

/**
 * The words a query looks for in the highlighted fields (every form of the full text and the
 * description), as a Lucene query for the highlighter: the same terms, phrases and prefixes the
 * search matched there, and nothing from negated clauses or other fields.
 */
final class HighlightQuery implements QueryNode.Visitor<Query> {

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
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (TextForm form : List.of(TextForm.EXACT, TextForm.FOLDED)) {
            for (SearchField target : targets(prefix.field())) {
                String name = form.field(target.indexName());
                any.add(new PrefixQuery(new Term(name, analyzer.normalize(name, prefix.prefix()))), Occur.SHOULD);
            }
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
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (TextForm form : TextForm.values()) {
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
            return SnippetAnalyzers.HIGHLIGHTED;
        }
        return SnippetAnalyzers.HIGHLIGHTED.contains(field) ? List.of(field) : List.of();
    }
}
