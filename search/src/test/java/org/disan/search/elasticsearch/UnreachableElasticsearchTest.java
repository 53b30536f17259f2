package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.disan.search.IndexUnavailableException;
import org.junit.jupiter.api.Test;

class UnreachableElasticsearchTest {

    @Test
    void aRefusedConnectionIsRetriedWithBackoffThenReportedClearlyInBoundedTime() throws IOException {
        // given a port on which nothing listens
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ElasticsearchSettings settings = ElasticsearchSettings.of("http://127.0.0.1:" + closedPort);
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(400));
        long started = System.nanoTime();

        // when / then
        assertThatThrownBy(() -> ElasticsearchArchiveIndex.open(settings, policy, 500, Clock.systemDefaultZone()))
                .isInstanceOf(IndexUnavailableException.class)
                .hasMessageContaining("Elasticsearch at http://127.0.0.1:" + closedPort)
                .hasMessageContaining("after 4 attempts")
                .hasMessageContaining("Connection refused");
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        // three waits of 100, 200 and 400 ms; the upper bound only rules out hanging, since loading
        // the client's classes alone can take seconds on a busy machine
        assertThat(elapsedMillis).isBetween(700L, 60_000L);
    }
}
