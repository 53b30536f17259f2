package org.disan.batch.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexSelectionTest {

    private final DataFolder data = new DataFolder(Path.of("/archive"));

    @Test
    void withoutUrlTheEmbeddedIndexIsSelected() {
        IndexSelection selection = IndexSelection.from(null, null, Map.of("DISAN_ES_API_KEY", "unused"));

        assertThat(selection.isEmbedded()).isTrue();
        assertThat(selection.describe(data)).isEqualTo("the embedded index in /archive/index");
    }

    @Test
    void theEnvironmentSelectsElasticsearchWithItsCredentials() {
        IndexSelection selection = IndexSelection.from(null, null, Map.of(
                "DISAN_ES_URL", "http://es.example:9200",
                "DISAN_ES_USERNAME", "archivist",
                "DISAN_ES_PASSWORD", "s3cret",
                "DISAN_ES_INDEX", "museum"));

        var settings = selection.elasticsearch().orElseThrow();
        assertThat(settings.url()).hasToString("http://es.example:9200");
        assertThat(settings.username()).isEqualTo("archivist");
        assertThat(settings.indexName()).isEqualTo("museum");
        assertThat(selection.describe(data)).isEqualTo("the Elasticsearch index museum at http://es.example:9200")
                .doesNotContain("s3cret");
    }

    @Test
    void optionsWinOverTheEnvironmentAndKeepItsApiKey() {
        IndexSelection selection = IndexSelection.from("https://other:9243", "archive-2", Map.of(
                "DISAN_ES_URL", "http://es.example:9200", "DISAN_ES_API_KEY", "a2V5"));

        var settings = selection.elasticsearch().orElseThrow();
        assertThat(settings.url()).hasToString("https://other:9243");
        assertThat(settings.indexName()).isEqualTo("archive-2");
        assertThat(settings.apiKey()).isEqualTo("a2V5");
    }

    @Test
    void aUrlWithoutSchemeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> IndexSelection.from("localhost:9200", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url must start with http:// or https://");
    }

    @Test
    void anIndexNameWithoutServerIsRefused() {
        assertThatThrownBy(() -> IndexSelection.from(null, "museum", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--es-index needs an Elasticsearch server");
    }
}
