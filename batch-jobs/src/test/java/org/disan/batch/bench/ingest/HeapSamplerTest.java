package org.disan.batch.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap slope tells a flat heap from one that grows with every file. */
class HeapSamplerTest {

    @Test
    void aHeapThatGrowsByTwoMegabytesPerThousandFilesHasThatSlope() {
        List<HeapSampler.Sample> growing = List.of(new HeapSampler.Sample(1000, 50_000_000),
                new HeapSampler.Sample(2000, 52_000_000), new HeapSampler.Sample(3000, 54_000_000));

        assertThat(HeapSampler.slopePerThousandFiles(growing)).isCloseTo(2_000_000, within(1.0));
    }

    @Test
    void aHeapThatGoesUpAndDownAroundOneLevelIsFlat() {
        List<HeapSampler.Sample> flat = List.of(new HeapSampler.Sample(1000, 60_000_000),
                new HeapSampler.Sample(2000, 61_000_000), new HeapSampler.Sample(3000, 59_000_000),
                new HeapSampler.Sample(4000, 60_000_000));

        assertThat(HeapSampler.slopePerThousandFiles(flat)).isCloseTo(-200_000, within(1.0));
    }

    @Test
    void oneSampleHasNoSlope() {
        assertThat(HeapSampler.slopePerThousandFiles(List.of(new HeapSampler.Sample(1000, 1)))).isNaN();
    }
}
