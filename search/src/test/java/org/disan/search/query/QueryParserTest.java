package org.disan.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.disan.search.InvalidQueryException;
import org.disan.search.query.QueryNode.And;
import org.disan.search.query.QueryNode.MatchAll;
import org.disan.search.query.QueryNode.Not;
import org.disan.search.query.QueryNode.Or;
import org.disan.search.query.QueryNode.Phrase;
import org.disan.search.query.QueryNode.Prefix;
import org.disan.search.query.QueryNode.Term;
import org.disan.search.query.QueryNode.YearRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

    private static Term any(String word) {
        return new Term(SearchField.ANY, word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "— ..."})
    void blankQueriesMatchEverything(String query) {
        assertThat(QueryParser.parse(query)).isEqualTo(new MatchAll());
    }

    @Test
    void wordsSideBySideMustAllMatch() {
        assertThat(QueryParser.parse("phố cổ  Hà Nội"))
                .isEqualTo(new And(List.of(any("phố"), any("cổ"), any("Hà"), any("Nội"))));
    }

    @Test
    void orBindsLooserThanAnd() {
        assertThat(QueryParser.parse("lễ hội OR nón lá")).isEqualTo(new Or(List.of(
                new And(List.of(any("lễ"), any("hội"))), new And(List.of(any("nón"), any("lá"))))));
    }

    @Test
    void explicitAndParenthesesAndNegation() {
        assertThat(QueryParser.parse("(huế OR hội) AND NOT chùa -đình")).isEqualTo(new And(List.of(
                new Or(List.of(any("huế"), any("hội"))), new Not(any("chùa")), new Not(any("đình")))));
    }

    @Test
    void lowerCaseOperatorsAreOrdinaryWords() {
        assertThat(QueryParser.parse("war and peace"))
                .isEqualTo(new And(List.of(any("war"), any("and"), any("peace"))));
    }

    @Test
    void phrasesAndPrefixes() {
        assertThat(QueryParser.parse("\"múa rối nước\" thang*")).isEqualTo(new And(List.of(
                new Phrase(SearchField.ANY, "múa rối nước"), new Prefix(SearchField.ANY, "thang"))));
    }

    @Test
    void fieldsTakeAWordAPhraseOrAGroup() {
        assertThat(QueryParser.parse("title:huế creator:\"Nguyễn Văn An\" place:(huế OR hội*)"))
                .isEqualTo(new And(List.of(
                        new Term(SearchField.TITLE, "huế"),
                        new Phrase(SearchField.CREATOR, "Nguyễn Văn An"),
                        new Or(List.of(new Term(SearchField.PLACE, "huế"),
                                new Prefix(SearchField.PLACE, "hội"))))));
    }

    @Test
    void fieldNamesHaveAliasesAndIgnoreCase() {
        assertThat(QueryParser.parse("Coverage:hue")).isEqualTo(new Term(SearchField.PLACE, "hue"));
        assertThat(QueryParser.parse("submission:abc")).isEqualTo(new Term(SearchField.COLLECTION, "abc"));
    }

    @Test
    void aPhraseInAKeywordFieldIsOneValue() {
        assertThat(QueryParser.parse("type:\"moving image\""))
                .isEqualTo(new Term(SearchField.TYPE, "moving image"));
    }

    @Test
    void unknownFieldNamesAreText() {
        assertThat(QueryParser.parse("Huế: cố đô"))
                .isEqualTo(new And(List.of(any("Huế:"), any("cố"), any("đô"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "open", value = {
        "year:2019, 2019, 2019", "year:1990..2000, 1990, 2000", "year:1990.., 1990, open",
        "year:..1950, open, 1950",
    })
    void yearsAndRanges(String query, Integer from, Integer to) {
        assertThat(QueryParser.parse(query)).isEqualTo(new YearRange(from, to));
    }

    @Test
    void overlongQueriesAreRefused() {
        String tooMany = "làng ".repeat(QueryParser.MAX_WORDS + 1);

        assertThat(QueryParser.parse("làng ".repeat(QueryParser.MAX_WORDS))).isInstanceOf(And.class);
        assertThatThrownBy(() -> QueryParser.parse(tooMany))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("at most 32");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"hà nội|no closing quote",
        "hà nội AND|needs something to search for after it",
        "AND hà nội|on both sides",
        "hà OR OR nội|needs something to search for after it",
        "(lễ hội|never closed",
        "lễ hội)|without a matching",
        "()|empty",
        "title:|needs a value",
        "year:abc|is neither",
        "year:..|is neither",
        "year:2000..1990|starts after it ends",
        "*noi|only at the end of a word",
        "th*ng|only at the end of a word",
        "t*|at least 2 letters",
        "NOT|needs something to search for after it",
    })
    void malformedQueriesExplainWhatIsWrong(String query, String message) {
        assertThatThrownBy(() -> QueryParser.parse(query))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(message);
    }
}
