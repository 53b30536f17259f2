package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeSnippetTest {

    @Test
    void keepsMarksAndEntitiesTheIndexWrote() {
        String snippet = "kinh đô <mark>Hà Nội</mark> &amp; Thăng Long &lt;1010&gt; &#39;x&#39;";

        assertThat(SafeSnippet.html(snippet)).isEqualTo(snippet);
    }

    @Test
    void escapesAnyOtherMarkup() {
        String hostile = "<mark>ha</mark> <script>alert(1)</script> <img src=x onerror=\"a()\"> & ' </mark";

        assertThat(SafeSnippet.html(hostile)).isEqualTo(
                "<mark>ha</mark> &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;a()&quot;&gt;"
                        + " &amp; &#39; &lt;/mark");
    }

    @Test
    void aMissingSnippetIsEmpty() {
        assertThat(SafeSnippet.html(null)).isEmpty();
    }
}
