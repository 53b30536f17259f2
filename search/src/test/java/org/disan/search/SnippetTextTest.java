package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTextTest {

    @Test
    void removesMarksAndDecodesEntities() {
        String html = "<mark>Hà</mark> <mark>Nội</mark> &lt;b&gt; &amp; &quot;x&quot; &#x27;y&#x27; a&#x2F;b &#39;";

        assertThat(SnippetText.plain(html)).isEqualTo("Hà Nội <b> & \"x\" 'y' a/b '");
    }

    @Test
    void decodesOnlyOnce() {
        assertThat(SnippetText.plain("&amp;lt;")).isEqualTo("&lt;");
        assertThat(SnippetText.plain(null)).isNull();
    }
}
