package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reindex builds a new index beside the live one and switches the alias in one step. */
class ElasticsearchAliasSwitchIT {

    private ElasticsearchArchiveIndex index;

    @BeforeEach
    void openIndex() {
        index = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("alias"));
    }

    @AfterEach
    void deleteIndex() {
        TestElasticsearch.deleteIndices(index);
        index.close();
    }

    @Test
    void anIndexMadeBeforeTheModifiedFieldGetsItWhenOpenedAndTakesNewRecords() throws Exception {
        // given the alias behind an index whose strict mapping has no "modified" field yet
        String old = index.alias() + "-before-modified";
        String mapping = ArchiveMapping.json().replaceAll(",\\s*\"modified\":\\s*\\{[^}]*\\}", "");
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestElasticsearch.url() + "/" + old)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(mapping)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        index.aliases().switchAlias(index.alias(), old).forEach(index.aliases()::deleteIndex);

        // when the archive opens it again and indexes a record with its modified instant
        try (ElasticsearchArchiveIndex reopened = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("alias"))) {
            reopened.index(List.of(Records.record(Records.id(3), "Hội Gióng", "Hội Gióng ở đền Sóc.")));

            // then the record is taken and sorts by that instant
            assertThat(reopened.search(new SearchRequest("", java.util.Map.of(), 0, 10,
                    SearchRequest.SortOrder.MODIFIED_DESCENDING, SearchRequest.Audience.STAFF)).hits())
                    .extracting(SearchHit::id).containsExactly(Records.id(3));
        }
    }

    @Test
    void searchesSeeTheOldIndexUntilTheAliasSwitchesThenOnlyTheNewOne() {
        // given a live index behind the alias
        String live = index.aliases().indicesBehind(index.alias()).iterator().next();
        index.index(List.of(Records.record(Records.id(1), "Bản cũ", "Hội Gióng ở đền Sóc.")));

        // when a new index is built beside it
        String rebuilt = index.aliases().newIndexName(index.alias());
        index.aliases().createIndex(rebuilt);
        index.indexInto(rebuilt, List.of(
                Records.record(Records.id(1), "Bản mới", "Hội Gióng ở đền Sóc và đền Phù Đổng."),
                Records.record(Records.id(2), "Hội Lim", "Hội Lim Bắc Ninh.")));

        // then searches still see only the live index
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.get(Records.id(1)).orElseThrow().dublinCore().title()).isEqualTo("Bản cũ");

        // when the alias switches
        List<String> previous = index.aliases().switchAlias(index.alias(), rebuilt);

        // then searches see only the new index, and the old one can be dropped by name
        assertThat(previous).containsExactly(live);
        assertThat(index.aliases().indicesBehind(index.alias())).containsExactly(rebuilt);
        assertThat(index.count()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("phu dong", 10)).hits())
                .extracting(SearchHit::title).containsExactly("Bản mới");
        index.aliases().deleteIndex(live);
        assertThat(index.aliases().exists(live)).isFalse();
    }

    @Test
    void aNewAliasGetsOneIndexWithTheArchiveMappingAsItsWriteIndex() throws Exception {
        // given the alias opened in @BeforeEach, which did not exist before
        String first = index.aliases().indicesBehind(index.alias()).iterator().next();

        // then that index is the alias's write index, with the strict mapping and its settings
        String aliases = get("/_alias/" + index.alias());
        assertThat(aliases).contains("\"" + first + "\"").contains("\"is_write_index\":true");
        String mapping = get("/" + first + "/_mapping");
        assertThat(mapping).contains("\"dynamic\":\"strict\"").contains("\"folded\"");
        assertThat(get("/" + first + "/_settings")).contains("\"number_of_replicas\":\"0\"");
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void refusesToTreatAPlainIndexAsTheArchiveAlias() {
        // given a plain index under the name the archive would use as its alias
        String taken = index.alias() + "-plain";
        index.aliases().createIndex(taken);
        try {
            // when / then
            assertThatThrownBy(() -> ElasticsearchArchiveIndex.open(
                            ElasticsearchSettings.of(TestElasticsearch.url()).withIndexName(taken)))
                    .isInstanceOf(ElasticsearchIndexException.class)
                    .hasMessageContaining("'" + taken + "' is an index, not an alias");
        } finally {
            index.aliases().deleteIndex(taken);
        }
    }

    @Test
    void twoProcessesOpeningANewAliasAtOnceShareOneIndex() throws Exception {
        // given an alias nobody has created yet, and two openers released at the same moment
        String alias = index.alias() + "-race";
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService openers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> opened = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opened.add(openers.submit(() -> {
                    start.await();
                    index.aliases().ensureAlias(alias);
                    return null;
                }));
            }

            // then neither fails, and one index is behind the alias
            for (java.util.concurrent.Future<?> each : opened) {
                each.get();
            }
            assertThat(index.aliases().indicesBehind(alias)).hasSize(1);
        } finally {
            openers.shutdownNow();
            index.aliases().indicesBehind(alias).forEach(index.aliases()::deleteIndex);
        }
    }
}
