package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.disan.search.IndexUnavailableException;
import org.junit.jupiter.api.Test;

class RetryingTest {

    private final Retrying retrying =
            new Retrying(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4)), "http://es:9200");

    @Test
    void retriesOverloadAndServerErrorsUntilTheRequestSucceeds() {
        // given a server that answers 429, then 503, then succeeds
        AtomicInteger calls = new AtomicInteger();

        // when
        String answer = retrying.call("search", () -> switch (calls.incrementAndGet()) {
            case 1 -> throw error(429, "es_rejected_execution_exception");
            case 2 -> throw error(503, "unavailable_shards_exception");
            default -> "ok";
        });

        // then
        assertThat(answer).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void doesNotRetryABadRequest() {
        // given
        AtomicInteger calls = new AtomicInteger();

        // when / then
        assertThatThrownBy(() -> retrying.call("search", () -> {
                    calls.incrementAndGet();
                    throw error(400, "parsing_exception");
                }))
                .isInstanceOf(ElasticsearchException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void givesUpAfterTheLastAttemptNamingServerOperationAndCause() {
        // given
        AtomicInteger calls = new AtomicInteger();

        // when / then
        assertThatThrownBy(() -> retrying.call("index 3 records into disan", () -> {
                    calls.incrementAndGet();
                    throw new ConnectException("Connection refused");
                }))
                .isInstanceOf(IndexUnavailableException.class)
                .hasMessage("Elasticsearch at http://es:9200 failed to index 3 records into disan after 3 attempts:"
                        + " Connection refused");
        assertThat(calls).hasValue(3);
    }

    private static ElasticsearchException error(int status, String type) {
        return new ElasticsearchException("test", ErrorResponse.of(e -> e
                .status(status)
                .error(c -> c.type(type).reason("refused with " + status))));
    }
}
