package org.disan.batch.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

class FastestTest {

    @Test
    void theFastestOfTheRoundsIsKept() throws Exception {
        ArrayDeque<Double> times = new ArrayDeque<>(List.of(3.0, 1.5, 2.0));

        assertThat(Fastest.of(3, times::poll, Double::doubleValue)).isEqualTo(1.5);
        assertThat(times).isEmpty();
    }

    @Test
    void aFirstMeasurementIsKeptUntilAFasterOneComes() {
        assertThat(Fastest.of(null, 4.0, Double::doubleValue)).isEqualTo(4.0);
        assertThat(Fastest.of(4.0, 5.0, Double::doubleValue)).isEqualTo(4.0);
        assertThat(Fastest.of(4.0, 3.0, Double::doubleValue)).isEqualTo(3.0);
    }
}
