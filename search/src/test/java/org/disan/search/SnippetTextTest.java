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

    @Test
    void inlineMarkupOfTheSourceTextIsRenderedNotShownAsTags() {
        String highlighted = "tổng diện tích hơn 3.300 <mark>km</mark>&lt;sup&gt;2&lt;&#x2F;sup&gt;, "
                + "CO&lt;sub&gt;2&lt;&#x2F;sub&gt; và &lt;i&gt;ca trù&lt;&#x2F;i&gt;&lt;br&#x2F;&gt;Hà Nội";

        assertThat(SnippetText.plain(highlighted)).isEqualTo("tổng diện tích hơn 3.300 km², CO₂ và ca trù Hà Nội");
        assertThat(SnippetText.html(highlighted))
                .isEqualTo("tổng diện tích hơn 3.300 <mark>km</mark>², CO₂ và ca trù Hà Nội");
    }

    @Test
    void htmlEscapesOnlyWhatHtmlNeedsSoSlashesStaySlashes() {
        assertThat(SnippetText.html("a&#x2F;b <mark>Hà Nội</mark> 1010&#x2F;2010"))
                .isEqualTo("a/b <mark>Hà Nội</mark> 1010/2010");
    }

    @Test
    void htmlKeepsMarksAndTheEntitiesTextNeeds() {
        String snippet = "kinh đô <mark>Hà Nội</mark> &amp; Thăng Long &lt;1010&gt; &#39;x&#39;";

        assertThat(SnippetText.html(snippet)).isEqualTo(snippet);
    }

    @Test
    void htmlEscapesAnyOtherMarkup() {
        String hostile = "<mark>ha</mark> <script>alert(1)</script> <img src=x onerror=\"a()\"> & ' </mark";

        assertThat(SnippetText.html(hostile)).isEqualTo(
                "<mark>ha</mark> &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;a()&quot;&gt;"
                        + " &amp; &#39; &lt;/mark");
    }

    @Test
    void markupThatOnlyLooksInlineStaysText() {
        assertThat(SnippetText.plain("&lt;span class=x&gt;y&lt;/span&gt; &lt;sup&gt;a&lt;sup&gt;"))
                .isEqualTo("<span class=x>y</span> <sup>a<sup>");
        assertThat(SnippetText.plain("x&lt;sup&gt;th&lt;/sup&gt;")).isEqualTo("xth");
    }

    @Test
    void aMissingSnippetIsEmptyHtml() {
        assertThat(SnippetText.html(null)).isEmpty();
        assertThat(SnippetText.runs(null)).isEmpty();
    }

    @Test
    void forATerminalMarksBecomeWhatItShowsAndLinesJoin() {
        String snippet = "kinh đô <mark>Hà Nội</mark> &amp; &lt;Thăng\n Long&gt; &#39;1010&#39;";

        assertThat(SnippetText.marked(snippet, "[", "]")).isEqualTo("kinh đô [Hà Nội] & <Thăng Long> '1010'");
        assertThat(SnippetText.marked(snippet, "\u001B[1m", "\u001B[0m")).startsWith("kinh đô \u001B[1mHà Nội\u001B[0m &");
    }
}
