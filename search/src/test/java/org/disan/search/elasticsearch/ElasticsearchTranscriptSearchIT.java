package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.search.RecordBuilder.record;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.Cue;
import org.disan.search.ArchiveIndex;
import org.disan.search.SearchRequest;
import org.disan.search.TranscriptSearchContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Searching inside recordings on the Elasticsearch server the build starts. */
class ElasticsearchTranscriptSearchIT extends TranscriptSearchContract {

    private final List<String> createdIndices = new ArrayList<>();

    @Override
    protected ArchiveIndex newIndex() {
        ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("transcripts"));
        createdIndices.addAll(index.aliases().indicesBehind(index.alias()));
        return index;
    }

    @Test
    void anIndexMadeBeforeTranscriptsExistedTakesThemOnceOpened() throws IOException {
        ElasticsearchSettings settings = TestElasticsearch.settings("old-mapping");
        String physical = settings.indexName() + "-old";
        ElasticsearchClient client = ElasticsearchClientFactory.create(settings);
        try {
            ObjectNode mapping = (ObjectNode) new ObjectMapper().readTree(ArchiveMapping.json());
            ((ObjectNode) mapping.path("mappings").path("properties")).remove("transcript");
            String oldMapping = mapping.toString();
            client.indices().create(c -> c.index(physical).withJson(new StringReader(oldMapping)));
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(physical)
                    .alias(settings.indexName()).isWriteIndex(true))));
            createdIndices.add(physical);

            try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(settings)) {
                index.index(List.of(record("phong-van").title("Phỏng vấn nghệ nhân")
                        .transcript("vi", new Cue(30, 34, "Nghề gốm Bát Tràng")).build()));

                assertThat(index.search(SearchRequest.of("bat trang", 5)).hits())
                        .singleElement().satisfies(hit -> assertThat(hit.cues()).hasSize(1));
            }
        } finally {
            client._transport().close();
        }
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
