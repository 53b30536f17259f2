package org.disan.batch.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettledCompilersTest {

    @Test
    void waitsForHalfASecondWithoutCompilationsButNoLongerThanItMay() throws Exception {
        // when the compilers are waited for with time to spare, then it takes at least the quiet half second
        assertThat(SettledCompilers.await(Duration.ofSeconds(20))).isGreaterThanOrEqualTo(Duration.ofMillis(500));

        // when it may wait only a moment, then it gives up after that moment, busy compilers or not
        assertThat(SettledCompilers.await(Duration.ofMillis(200))).isLessThan(Duration.ofMillis(500));
    }
}
