package org.disan.batch.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FastestTest {

    @Test
    void aFirstMeasurementIsKeptUntilAFasterOneComes() {
        assertThat(Fastest.of(null, 4.0, Double::doubleValue)).isEqualTo(4.0);
        assertThat(Fastest.of(4.0, 5.0, Double::doubleValue)).isEqualTo(4.0);
        assertThat(Fastest.of(4.0, 3.0, Double::doubleValue)).isEqualTo(3.0);
    }
}
