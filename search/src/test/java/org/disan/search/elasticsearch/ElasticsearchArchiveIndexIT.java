package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.disan.search.ArchiveIndex;
import org.disan.search.ArchiveIndexContractTest;
import org.junit.jupiter.api.AfterAll;

/** The contract, run unchanged against the Elasticsearch server the build starts. */
class ElasticsearchArchiveIndexIT extends ArchiveIndexContractTest {

    private final List<String> createdIndices = new ArrayList<>();

    @Override
    protected ArchiveIndex newIndex() {
        ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("contract"));
        createdIndices.addAll(index.aliases().indicesBehind(index.alias()));
        return index;
    }

    /**
     * An index with the block Elasticsearch sets when its disk passes the flood-stage watermark:
     * writes are answered 429 until the block is lifted. Retried briefly, to keep the test short.
     */
    @Override
    protected ArchiveIndex unavailableIndex() {
        ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("contract"),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20)), 500, Clock.systemDefaultZone());
        List<String> behind = List.copyOf(index.aliases().indicesBehind(index.alias()));
        createdIndices.addAll(behind);
        withClient(client -> client.indices().putSettings(p -> p.index(behind)
                .settings(s -> s.blocks(b -> b.readOnlyAllowDelete(true)))));
        return index;
    }

    @AfterAll
    void deleteCreatedIndices() {
        withClient(client -> {
            for (String name : createdIndices) {
                client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface ClientWork {
        Object run(ElasticsearchClient client) throws IOException;
    }

    private static void withClient(ClientWork work) {
        ElasticsearchClient client = ElasticsearchClientFactory.create(ElasticsearchSettings.of(TestElasticsearch.url()));
        try (var transport = client._transport()) {
            work.run(client);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
