package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTextTest {

    private static final String SNIPPET = "kinh đô <mark>Hà Nội</mark> &amp; &lt;Thăng\n Long&gt; &#39;1010&#39;";

    @Test
    void withoutColoursMarksBecomeBracketsAndEntitiesCharacters() {
        assertThat(SnippetText.of(SNIPPET, false)).isEqualTo("kinh đô [Hà Nội] & <Thăng Long> '1010'");
    }

    @Test
    void onAColourTerminalMarksBecomeBold() {
        assertThat(SnippetText.of(SNIPPET, true)).startsWith("kinh đô \u001B[1mHà Nội\u001B[0m &");
    }
}
