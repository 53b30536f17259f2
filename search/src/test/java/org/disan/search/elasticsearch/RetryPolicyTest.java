package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void doublesTheBackoffUpToTheMaximum() {
        // given
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3));

        // then
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofMillis(3000));
        assertThat(policy.backoffAfter(50)).isEqualTo(Duration.ofMillis(3000));
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
