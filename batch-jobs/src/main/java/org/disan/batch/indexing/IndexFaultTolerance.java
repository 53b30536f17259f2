package org.disan.batch.indexing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;

/**
 * How the steps that write into a search index (ingest, reindex) meet its failures, as the
 * {@code ArchiveIndex} contract names them. An unavailable index is retried with a doubling wait
 * ({@code disan.index.retry.attempts} tries in all, the first wait
 * {@code disan.index.retry.first-backoff-ms}, at most {@code disan.index.retry.max-backoff-ms});
 * when it stays unavailable the job fails and can be restarted. A record the index refuses is
 * recorded as failed: the ingest's writer marks it itself, a reindex skips it
 * ({@link RefusedRecordSkipPolicy}).
 */
@Configuration(proxyBeanMethods = false)
public class IndexFaultTolerance {

    @Bean
    RetryPolicy indexRetryPolicy(@Value("${disan.index.retry.attempts:4}") int attempts) {
        return new SimpleRetryPolicy(attempts, new TransientIndexFailures());
    }

    @Bean
    BackOffPolicy indexBackOffPolicy(@Value("${disan.index.retry.first-backoff-ms:1000}") long firstMillis,
            @Value("${disan.index.retry.max-backoff-ms:30000}") long maxMillis) {
        ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
        backOff.setInitialInterval(firstMillis);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(Math.max(firstMillis, maxMillis));
        return backOff;
    }
}
