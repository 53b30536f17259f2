package org.disan.batch.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloorSetTest {

    @Test
    void theFastestFloorTakesTheFastestOfEachPartFromWhicheverRoundHadIt() {
        BenchReport.FloorSet first = floor(4.0, 9.0, 1.0);
        BenchReport.FloorSet second = floor(3.0, 10.0, 1.5);

        BenchReport.FloorSet fastest = BenchReport.FloorSet.fastest(BenchReport.FloorSet.fastest(null, first), second);

        assertThat(fastest.tika().seconds()).isEqualTo(3.0);
        assertThat(fastest.thumbnails().seconds()).isEqualTo(9.0);
        assertThat(fastest.index().seconds()).isEqualTo(1.0);
        assertThat(fastest.seconds()).isEqualTo(13.0);
    }

    private static BenchReport.FloorSet floor(double tika, double thumbnails, double index) {
        return new BenchReport.FloorSet(new Floors.Timed(10, tika, tika * 2, 0),
                new Floors.Timed(5, thumbnails, thumbnails * 2, 0), new Floors.Timed(10, index, index, 0));
    }
}
