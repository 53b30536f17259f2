package org.disan.batch.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    private static final String FIRST = "first-token-of-the-museum-4f9c2a7e";
    private static final String SECOND = "second-token-of-the-museum-8b1d3e6f";

    @Test
    void onlyAConfiguredTokenIsAccepted() {
        ApiTokens tokens = ApiTokens.of(List.of(FIRST, SECOND));

        assertThat(tokens.accepts(SECOND)).isTrue();
        assertThat(tokens.accepts(SECOND + " ")).isFalse();
        assertThat(tokens.accepts("second")).isFalse();
        assertThat(tokens.accepts("")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
    }

    @Test
    void blankTokensDoNotSwitchSubmissionsOn() {
        ApiTokens tokens = ApiTokens.of(Arrays.asList("", "  ", null));

        assertThat(tokens.configured()).isFalse();
        assertThat(tokens.accepts("")).isFalse();
    }

    @Test
    void tokensNeverShowInLogs() {
        assertThat(ApiTokens.of(List.of(FIRST)).toString()).doesNotContain(FIRST);
    }

    @Test
    void aTokenShorterThan32CharactersStopsTheStart() {
        assertThatThrownBy(() -> ApiTokens.of(List.of(FIRST, "bao-tang-ha-noi-7f3a-9c1e")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 characters")
                .hasMessageNotContaining("bao-tang");
    }
}
