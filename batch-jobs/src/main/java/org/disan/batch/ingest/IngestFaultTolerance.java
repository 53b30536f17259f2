package org.disan.batch.ingest;

import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;

/**
 * How the ingest step meets failures while indexing a chunk. An unavailable index is retried
 * with a doubling wait ({@code disan.ingest.retry.attempts} tries in all, the first wait
 * {@code disan.ingest.retry.first-backoff-ms}, at most {@code disan.ingest.retry.max-backoff-ms});
 * when it stays unavailable the job fails and can be restarted. A record the index refuses is
 * skipped and recorded. Per-file failures never get here: they are FAILED outcomes already.
 */
@Configuration(proxyBeanMethods = false)
public class IngestFaultTolerance {

    @Bean
    RetryPolicy ingestRetryPolicy(@Value("${disan.ingest.retry.attempts:4}") int attempts) {
        return new SimpleRetryPolicy(attempts, new TransientIndexFailures());
    }

    @Bean
    BackOffPolicy ingestBackOffPolicy(@Value("${disan.ingest.retry.first-backoff-ms:1000}") long firstMillis,
            @Value("${disan.ingest.retry.max-backoff-ms:30000}") long maxMillis) {
        ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
        backOff.setInitialInterval(firstMillis);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(Math.max(firstMillis, maxMillis));
        return backOff;
    }

    @Bean
    SkipPolicy ingestSkipPolicy() {
        return new RefusedRecordSkipPolicy();
    }
}
