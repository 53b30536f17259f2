package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parser process that ends before it is ready says why, in the error every file then gets. */
class ParserClientStartTest {

    @TempDir
    Path empty;

    @Test
    void aJvmThatCannotFindTheServerSaysSo() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var isolation = new ParserIsolation(
                List.of(java, "-Xshare:auto", "-cp", empty.toString(), "org.disan.ingest.NoSuchParserServer"), 10);
        assertThatThrownBy(() -> ParserClient.start(isolation)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("the parser process did not start (exit code 1: ")
                .hasMessageContaining("Could not find or load main class org.disan.ingest.NoSuchParserServer");
    }

    @Test
    void aProcessThatWritesMuchBeforeItEndsGivesItsLastWords() {
        var isolation = new ParserIsolation(List.of("sh", "-c",
                "yes 'warning: noise' | head -n 20000 >&2;"
                        + " echo 'Terminating due to java.lang.OutOfMemoryError: Java heap space' >&2; exit 3"), 10);
        assertThatThrownBy(() -> ParserClient.start(isolation)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("the parser process did not start (exit code 3: warning: noise | ")
                .hasMessageEndingWith("| Terminating due to java.lang.OutOfMemoryError: Java heap space)");
    }
}
