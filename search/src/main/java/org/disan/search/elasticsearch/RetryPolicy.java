package org.disan.search.elasticsearch;

import java.time.Duration;

/**
 * How often and how patiently a request is retried when Elasticsearch is overloaded (429), failing
 * (5xx) or unreachable: the wait doubles after each attempt, from {@code firstBackoff} up to
 * {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    /** Six attempts over about 15 s: enough to ride out a node restart or a busy merge. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(8));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= firstBackoff <= maxBackoff");
        }
    }

    /** The wait before attempt {@code attempt + 1}, given that {@code attempt} (1-based) failed. */
    public Duration backoffAfter(int attempt) {
        long millis = firstBackoff.toMillis();
        for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
