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
    void aStoppedSamplerHasTakenAFinalSampleOfTheHeapStillInUse() throws InterruptedException {
        // given a sampler watching a run that has done 7 files, with something large kept alive
        byte[] kept = new byte[32 << 20];
        HeapSampler sampler = new HeapSampler(() -> 7, 1);

        // when it starts and stops
        sampler.start();
        sampler.stop();

        // then its last sample is at 7 files and counts at least what is kept
        HeapSampler.Sample last = sampler.samples().get(sampler.samples().size() - 1);
        assertThat(last.files()).isEqualTo(7);
        assertThat(last.heapUsedAfterGc()).isGreaterThanOrEqualTo(kept.length);
    }

    @Test
    void oneSampleHasNoSlope() {
        assertThat(HeapSampler.slopePerThousandFiles(List.of(new HeapSampler.Sample(1000, 1)))).isNaN();
    }
}
