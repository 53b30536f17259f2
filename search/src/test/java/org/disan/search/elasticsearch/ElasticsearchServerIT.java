package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.junit.jupiter.api.Test;

class ElasticsearchServerIT {

    @Test
    void theServerStartedByTheBuildAnswersClusterHealthThroughTheOfficialClient() throws Exception {
        // given
        ElasticsearchClient client = ElasticsearchClientFactory.create(ElasticsearchSettings.of(TestElasticsearch.url()));
        try {
            // when
            HealthResponse health = client.cluster().health();

            // then
            assertThat(health.clusterName()).isEqualTo("disan-test");
            assertThat(health.numberOfNodes()).isEqualTo(1);
            assertThat(health.status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
        } finally {
            client._transport().close();
        }
    }
}
