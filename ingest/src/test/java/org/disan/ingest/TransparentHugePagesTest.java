package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransparentHugePagesTest {

    @Test
    void aStarterOnHugePagesStartsParsersOnHugePages() {
        assertThat(TransparentHugePages.like(List.of("-Xmx1g", "-XX:+UseTransparentHugePages", "-Dx=y")))
                .containsExactly("-XX:+UseTransparentHugePages");
    }

    /** Only where the launcher found the system offering them: elsewhere the JVM would print a warning. */
    @Test
    void aStarterWithoutThemStartsParsersWithout() {
        assertThat(TransparentHugePages.like(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1"))).isEmpty();
    }

    @Test
    void theLastFlagCounts() {
        assertThat(TransparentHugePages.like(List.of("-XX:+UseTransparentHugePages", "-XX:-UseTransparentHugePages")))
                .isEmpty();
        assertThat(TransparentHugePages.like(List.of("-XX:-UseTransparentHugePages", "-XX:+UseTransparentHugePages")))
                .containsExactly("-XX:+UseTransparentHugePages");
    }
}
