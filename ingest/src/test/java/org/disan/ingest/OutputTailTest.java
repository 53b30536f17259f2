package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutputTailTest {

    private static String tailOf(String written) {
        OutputTail tail = new OutputTail();
        tail.drain(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
        return tail.lastLines(Duration.ofSeconds(1));
    }

    @Test
    void theLastThreeNonBlankLines() {
        assertThat(tailOf("one\ntwo\r\n\n  three  \nfour\n\n")).isEqualTo("two | three | four");
        assertThat(tailOf("Error: Could not find or load main class X\n"))
                .isEqualTo("Error: Could not find or load main class X");
    }

    @Test
    void nothingWrittenIsEmpty() {
        assertThat(tailOf("")).isEmpty();
        assertThat(tailOf("\n \n")).isEmpty();
    }

    @Test
    void muchOutputKeepsOnlyItsEndAndNoCutLine() {
        String noise = "ồn ào ".repeat(50) + "\n";
        String tail = tailOf(noise.repeat(1_000) + "Terminating due to java.lang.OutOfMemoryError: Java heap space\n");
        assertThat(tail).endsWith("| Terminating due to java.lang.OutOfMemoryError: Java heap space")
                .doesNotContain("\uFFFD").hasSizeLessThanOrEqualTo(501);
    }

    @Test
    void aStreamThatHasNotEndedGivesNothingRatherThanWaiting() {
        assertThat(new OutputTail().lastLines(Duration.ofMillis(10))).isEmpty();
    }
}
