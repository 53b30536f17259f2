package org.disan.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to start parser processes: the command that runs {@link ExtractionWorker}, and how many
 * files one process parses before it is replaced (parsers leak; a fresh process does not).
 *
 * @param command the full command line of a worker process
 */
public record ParserIsolation(List<String> command, int filesPerProcess) {

    public ParserIsolation {
        command = List.copyOf(Objects.requireNonNull(command, "command"));
        if (command.isEmpty() || filesPerProcess <= 0) {
            throw new IllegalArgumentException("a worker command and a positive file count are needed");
        }
    }

    /**
     * Workers started with this JVM's {@code java} and class path, each with the given heap
     * (e.g. {@code "512m"}) and this JVM's temporary folder (so that a data folder's
     * {@code tmp} stays the only place written to). Fits a build or an unpacked application; a
     * packaged application passes its own command instead.
     */
    public static ParserIsolation sameClassPath(String maxHeap) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ParserIsolation(List.of(java, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                ExtractionWorker.class.getName()), 500);
    }
}
