package org.disan.batch.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.add(millis * 1_000_000L);
        }

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.samples()).isEqualTo(100);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p95Millis()).isEqualTo(95.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.maxMillis()).isEqualTo(100.0);
    }
}
