package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserCompilersTest {

    @Test
    void aStarterWithC1AloneStartsParsersWithC1Alone() {
        assertThat(ParserCompilers.like(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-Dx=y")))
                .containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(ParserCompilers.like(List.of("-XX:TieredStopAtLevel=3"))).containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aStarterWithBothCompilersStartsParsersWithPatientC2() {
        assertThat(ParserCompilers.like(List.of("-Xmx1g"))).isEqualTo(ParserCompilers.PATIENT_C2);
        assertThat(ParserCompilers.like(List.of("-XX:TieredStopAtLevel=4"))).isEqualTo(ParserCompilers.PATIENT_C2);
    }

    /** The launcher's flag comes first; DISAN_JAVA_OPTS after it can give an ingest both compilers again. */
    @Test
    void theLastStopLevelCounts() {
        assertThat(ParserCompilers.like(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4")))
                .isEqualTo(ParserCompilers.PATIENT_C2);
        assertThat(ParserCompilers.like(List.of("-XX:TieredStopAtLevel=4", "-XX:TieredStopAtLevel=1")))
                .containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aParserProcessCompilesAndPagesAsTheJvmThatStartsIt() {
        assertThat(ParserIsolation.jvmOptions("256m", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages")))
                .contains("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages");
        assertThat(ParserIsolation.jvmOptions("256m", List.of("-Xmx2g")))
                .containsAll(ParserCompilers.PATIENT_C2)
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages");
    }
}
