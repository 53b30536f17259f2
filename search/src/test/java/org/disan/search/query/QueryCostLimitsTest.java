package org.disan.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disan.search.InvalidQueryException;
import org.disan.search.SearchRequest;
import org.junit.jupiter.api.Test;

/** Queries an attacker writes to make one search cost seconds or crash the parser. */
class QueryCostLimitsTest {

    @Test
    void twoThousandNestedParenthesesAreRefusedNotOverflowed() {
        String query = "(".repeat(2000) + "hà nội" + ")".repeat(2000);

        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> QueryParser.parse("(".repeat(100) + "hà" + ")".repeat(100)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("nested more than 20 levels");
    }

    @Test
    void aThousandNotsAreRefusedNotOverflowed() {
        assertThatThrownBy(() -> QueryParser.parse("NOT ".repeat(1000) + "hà")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> QueryParser.parse("NOT ".repeat(100) + "hà"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("nested more than 20 levels");
        assertThatThrownBy(() -> QueryParser.parse("-(".repeat(50) + "hà" + ")".repeat(50)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("nested more than 20 levels");
    }

    @Test
    void aFourKilobytePhraseIsRefusedForItsLength() {
        String query = "\"" + "phố cổ hà nội ".repeat(300) + "\"";

        assertThatThrownBy(() -> QueryParser.parse(query))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("characters");
    }

    @Test
    void aPhraseOfTooManyWordsIsRefused() {
        String phrase = "\"" + "một hai ba bốn năm sáu bảy tám chín mười ".repeat(4).strip() + "\"";

        assertThatThrownBy(() -> QueryParser.parse(phrase))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("40 words");
    }

    @Test
    void reasonableQueriesStillParse() {
        assertThatCode(() -> QueryParser.parse("((ca trù OR \"hát ả đào\") AND NOT NOT (title:(hà nội)))")).doesNotThrowAnyException();
        assertThat(QueryParser.parse("\"phố cổ Hà Nội ba mươi sáu phố phường\"")).isInstanceOf(QueryNode.Phrase.class);
    }

    @Test
    void pagesPastTheResultWindowAreRefused() {
        assertThatThrownBy(() -> new SearchRequest("hà", null, 9_950, 100, null, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("10000");
        assertThatCode(() -> new SearchRequest("hà", null, 9_900, 100, null, null)).doesNotThrowAnyException();
    }
}
