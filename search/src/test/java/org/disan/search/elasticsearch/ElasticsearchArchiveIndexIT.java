package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
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

    @AfterAll
    void deleteCreatedIndices() throws IOException {
        ElasticsearchClient client = ElasticsearchClientFactory.create(ElasticsearchSettings.of(TestElasticsearch.url()));
        try {
            for (String name : createdIndices) {
                client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
            }
        } finally {
            client._transport().close();
        }
    }
}
