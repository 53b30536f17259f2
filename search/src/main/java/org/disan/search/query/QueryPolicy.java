package org.disan.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disan.search.InvalidQueryException;
import org.disan.search.SearchRequest;
import org.disan.search.analysis.TextForm;
import org.disan.search.document.Facet;
import org.disan.search.document.SearchableRecord;

/**
 * What a query means, decided once for every backend: which fields a word targets and with what
 * boost, how the best field of each form is chosen, which forms a prefix matches, how NOT clauses
 * are placed, and which facet filters a request may select. The Lucene and Elasticsearch
 * translators only render these decisions in their own query types.
 */
public final class QueryPolicy {

    /** How much the fields other than the best one add to a word's score (dis-max tie breaker). */
    public static final double FIELD_TIE_BREAKER = 0.1;

    /** The forms a prefix is matched in: with its diacritics (ranking first) or folded. */
    public static final List<TextForm> PREFIX_FORMS = List.of(TextForm.EXACT, TextForm.FOLDED);

    /** A field a word is searched in, and the boost of a match there. */
    public record Target(SearchField field, float boost) {}

    /** How a clause of a boolean query takes part. */
    public enum Occurrence {
        /** Must match. */
        REQUIRED,
        /** May match; at least one optional clause must when there is no required one. */
        OPTIONAL,
        /** Must not match. */
        PROHIBITED,
        /** May match by not matching its node: {@code a OR NOT b} matches what is not {@code b}. */
        OPTIONAL_EXCLUSION
    }

    /** A clause of a boolean query: the node to translate and how it takes part. */
    public record Clause(QueryNode node, Occurrence occurrence) {}

    /**
     * The clauses of an AND or OR, with NOT clauses placed: under AND a NOT prohibits its node,
     * under OR it is an optional exclusion. {@code matchAllNeeded} says that nothing positive is
     * left (a query of only NOTs), so the backend must add a match-all clause for the NOTs to
     * subtract from.
     */
    public record BooleanClauses(List<Clause> clauses, boolean matchAllNeeded) {}

    /** A facet value the request selected, to filter on. */
    public record FacetSelection(Facet facet, String value) {}

    private QueryPolicy() {}

    /** The fields a word of the given field targets: free text spreads over several, weighted. */
    public static List<Target> targets(SearchField requested) {
        if (requested != SearchField.ANY) {
            return List.of(new Target(requested, 1.0f));
        }
        return SearchField.FREE_TEXT.stream().map(field -> new Target(field, field.freeTextBoost())).toList();
    }

    public static BooleanClauses and(QueryNode.And and) {
        return clauses(and.clauses(), true);
    }

    public static BooleanClauses or(QueryNode.Or or) {
        return clauses(or.clauses(), false);
    }

    /** A NOT on its own is an AND of one prohibited clause. */
    public static BooleanClauses not(QueryNode.Not not) {
        return clauses(List.of(not), true);
    }

    private static BooleanClauses clauses(List<QueryNode> nodes, boolean all) {
        List<Clause> clauses = new ArrayList<>();
        boolean positive = false;
        for (QueryNode node : nodes) {
            if (node instanceof QueryNode.Not not) {
                clauses.add(new Clause(not.clause(), all ? Occurrence.PROHIBITED : Occurrence.OPTIONAL_EXCLUSION));
                positive |= !all;
            } else {
                clauses.add(new Clause(node, all ? Occurrence.REQUIRED : Occurrence.OPTIONAL));
                positive = true;
            }
        }
        return new BooleanClauses(clauses, !positive);
    }

    /**
     * The facet values a request selects, in NFC as they are indexed; an unknown facet is a query
     * the user must correct.
     */
    public static List<FacetSelection> facetSelections(SearchRequest request) {
        List<FacetSelection> selections = new ArrayList<>();
        for (Map.Entry<String, List<String>> selection : request.filters().entrySet()) {
            Facet facet = Facet.byKey(selection.getKey()).orElseThrow(() -> new InvalidQueryException(
                    "There is no facet called \"" + selection.getKey() + "\"."));
            for (String value : SearchableRecord.nfc(selection.getValue())) {
                selections.add(new FacetSelection(facet, value));
            }
        }
        return selections;
    }
}
