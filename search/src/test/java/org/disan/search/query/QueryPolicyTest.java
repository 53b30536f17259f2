package org.disan.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.disan.search.InvalidQueryException;
import org.disan.search.SearchRequest;
import org.disan.search.document.Facet;
import org.disan.search.query.QueryPolicy.Occurrence;
import org.junit.jupiter.api.Test;

class QueryPolicyTest {

    @Test
    void freeTextSpreadsOverTheWeightedFieldsAndAFieldTargetsItself() {
        assertThat(QueryPolicy.targets(SearchField.ANY)).extracting(QueryPolicy.Target::field)
                .containsExactlyElementsOf(SearchField.FREE_TEXT);
        assertThat(QueryPolicy.targets(SearchField.ANY)).allMatch(t -> t.boost() == t.field().freeTextBoost());
        assertThat(QueryPolicy.targets(SearchField.TITLE)).containsExactly(new QueryPolicy.Target(SearchField.TITLE, 1.0f));
    }

    @Test
    void notUnderAndProhibitsAndUnderOrIsAnOptionalExclusion() {
        QueryPolicy.BooleanClauses and = QueryPolicy.and((QueryNode.And) QueryParser.parse("ha noi NOT unesco"));
        QueryPolicy.BooleanClauses or = QueryPolicy.or((QueryNode.Or) QueryParser.parse("gốm OR NOT sứ"));

        assertThat(and.clauses()).extracting(QueryPolicy.Clause::occurrence)
                .containsExactly(Occurrence.REQUIRED, Occurrence.REQUIRED, Occurrence.PROHIBITED);
        assertThat(and.matchAllNeeded()).isFalse();
        assertThat(or.clauses()).extracting(QueryPolicy.Clause::occurrence)
                .containsExactly(Occurrence.OPTIONAL, Occurrence.OPTIONAL_EXCLUSION);
        assertThat(or.matchAllNeeded()).isFalse();
    }

    @Test
    void onlyNotsNeedSomethingToSubtractFrom() {
        QueryPolicy.BooleanClauses not = QueryPolicy.not(new QueryNode.Not(new QueryNode.Term(SearchField.ANY, "unesco")));

        assertThat(not.clauses()).extracting(QueryPolicy.Clause::occurrence).containsExactly(Occurrence.PROHIBITED);
        assertThat(not.matchAllNeeded()).isTrue();
    }

    @Test
    void facetSelectionsAreNfcAndAnUnknownFacetIsRejected() {
        String decomposed = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
        SearchRequest request = new SearchRequest("", Map.of("place", List.of(decomposed)), 0, 10, null, null);

        assertThat(QueryPolicy.facetSelections(request))
                .containsExactly(new QueryPolicy.FacetSelection(Facet.PLACE, "Hà Nội"));
        assertThatThrownBy(() -> QueryPolicy.facetSelections(
                new SearchRequest("", Map.of("colour", List.of("red")), 0, 10, null, null)))
                .isInstanceOf(InvalidQueryException.class).hasMessage("There is no facet called \"colour\".");
    }
}
