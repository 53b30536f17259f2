package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

    @Test
    void defaultsTheIndexNameAndKnowsWhenTlsIsUsed() {
        // when
        ElasticsearchSettings plain = ElasticsearchSettings.of("http://127.0.0.1:9200");
        ElasticsearchSettings secure = ElasticsearchSettings.of("https://search.example.org:9243");

        // then
        assertThat(plain.indexName()).isEqualTo("disan");
        assertThat(plain.usesTls()).isFalse();
        assertThat(secure.usesTls()).isTrue();
    }

    @Test
    void neverShowsSecretsInToString() {
        // given
        ElasticsearchSettings withKey = ElasticsearchSettings.of("https://es:9200").withApiKey("c2VjcmV0LWtleQ==");
        ElasticsearchSettings withPassword = ElasticsearchSettings.of("https://es:9200").withBasicAuth("archivist", "hunter2");

        // then
        assertThat(withKey.toString()).doesNotContain("c2VjcmV0LWtleQ==").contains("apiKey=*****");
        assertThat(withPassword.toString()).doesNotContain("hunter2").contains("username=archivist");
    }

    @Test
    void listsEveryProblemAtOnce() {
        // when / then
        assertThatThrownBy(() -> new ElasticsearchSettings(
                        URI.create("ftp://es:9200"), "key", "user", null, "Bad*Name", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http:// or https://")
                .hasMessageContaining("not both")
                .hasMessageContaining("needs a password")
                .hasMessageContaining("index name 'Bad*Name'");
    }

    @Test
    void readsTheEnvironmentAndMeansTheEmbeddedIndexWhenNoUrlIsSet() {
        // given
        Map<String, String> environment = Map.of(
                "DISAN_ES_URL", "https://search.example.org:9243",
                "DISAN_ES_USERNAME", "archivist",
                "DISAN_ES_PASSWORD", "hunter2",
                "DISAN_ES_INDEX", "museum-a",
                "DISAN_ES_CA_CERT", "/etc/disan/http_ca.crt");

        // when
        ElasticsearchSettings settings = ElasticsearchSettings.fromEnvironment(environment).orElseThrow();

        // then
        assertThat(settings.url()).isEqualTo(URI.create("https://search.example.org:9243"));
        assertThat(settings.username()).isEqualTo("archivist");
        assertThat(settings.password()).isEqualTo("hunter2");
        assertThat(settings.indexName()).isEqualTo("museum-a");
        assertThat(settings.caCertificate()).isEqualTo(Path.of("/etc/disan/http_ca.crt"));
        assertThat(ElasticsearchSettings.fromEnvironment(Map.of("HOME", "/root"))).isEmpty();
    }

    @Test
    void rejectsAMissingUrl() {
        assertThatThrownBy(() -> ElasticsearchSettings.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url is missing");
    }
}
