package org.disan.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start parser processes: the command that runs {@link ParserServer}, and how many
 * files one process parses at most before it is replaced. The ingest threads of a JVM share one
 * process ({@link SharedParser}), so its heap should have room for as many files at once. A
 * process whose heap stays over half full after collection (a leaking parser) is replaced sooner,
 * after its current file; the count bounds what does not show in the heap (threads, native
 * memory). Replacing often is costly: a new process loads Tika and compiles its hot code again,
 * and Tika's parsers keep the JIT compilers busy for some ten thousand files (tens of CPU seconds).
 *
 * @param command the full command line of a parser process
 * @param keepIdle how long a warm process outlives the ingester that used it, waiting in this
 *     JVM for the next one ({@link Duration#ZERO}: stopped when the ingester closes)
 */
public record ParserIsolation(List<String> command, int filesPerProcess, Duration keepIdle) {

    /**
     * Files a process parses before it is replaced, when its heap does not ask for that sooner;
     * the same as Tika's own server (its {@code maxFiles}), so that a process lives well past its warm-up.
     */
    public static final int FILES_PER_PROCESS = 100_000;

    /**
     * Flags every parser process needs whatever starts it: a bounded heap, ended by running out of
     * it, and the compilers and heap pages of this JVM ({@link ParserCompilers},
     * {@link TransparentHugePages}).
     */
    public static List<String> jvmOptions(String maxHeap) {
        return jvmOptions(maxHeap, ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** As {@link #jvmOptions(String)}, for a parser process started by a JVM with these arguments. */
    static List<String> jvmOptions(String maxHeap, List<String> starterArguments) {
        // Throughput over pause times: nobody waits on a parser process's pauses but its ingest threads.
        List<String> options = new ArrayList<>(List.of("-Xmx" + maxHeap, "-XX:+UseParallelGC",
                "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                // Only the last lines of its standard error are kept (ParserClient), so its log lines
                // would go nowhere: naming SLF4J's no-op provider spares it the search of the class
                // path for one and Logback's start, 0.4 of the 2.3 CPU s it takes to get ready.
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider"));
        options.addAll(ParserCompilers.like(starterArguments));
        options.addAll(TransparentHugePages.like(starterArguments));
        return List.copyOf(options);
    }

    public ParserIsolation {
        command = List.copyOf(Objects.requireNonNull(command, "command"));
        Objects.requireNonNull(keepIdle, "keepIdle");
        if (command.isEmpty() || filesPerProcess <= 0 || keepIdle.isNegative()) {
            throw new IllegalArgumentException("a parser process command, a positive file count and a keep-idle time"
                    + " of zero or more are needed");
        }
    }

    /**
     * Starts the shared parser process of this isolation in the background, unless one runs or
     * is starting: a command that will ingest calls this first, and its first file finds the
     * process ready instead of waiting for Tika to load.
     */
    public void startAhead() {
        SharedParser.of(this).startAhead();
    }

    /**
     * Makes this JVM, as it exits, wait up to {@code limit} for each of its parser processes to
     * end, rather than the usual 2 s: for processes that still have work to do as they end.
     */
    public static void awaitProcessesAtExit(Duration limit) {
        SharedParser.awaitAllAtExit(limit);
    }

    /** Processes stopped when their ingester closes. */
    public ParserIsolation(List<String> command, int filesPerProcess) {
        this(command, filesPerProcess, Duration.ZERO);
    }

    /** The same processes, kept warm this long after their ingester closes. */
    public ParserIsolation keepingIdleFor(Duration idle) {
        return new ParserIsolation(command, filesPerProcess, idle);
    }

    /**
     * Parser processes started with this JVM's {@code java} and class path, each with the given heap
     * (e.g. {@code "512m"}) and this JVM's temporary folder (so that a data folder's
     * {@code tmp} stays the only place written to). Fits a build or an unpacked application; a
     * packaged application passes its own command instead.
     */
    public static ParserIsolation sameClassPath(String maxHeap) {
        return sameClassPath(maxHeap, List.of());
    }

    /** As {@link #sameClassPath(String)}, with more JVM options (say, for class-data sharing). */
    public static ParserIsolation sameClassPath(String maxHeap, List<String> moreJvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(maxHeap));
        command.addAll(moreJvmOptions);
        command.addAll(List.of("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), ParserServer.class.getName()));
        return new ParserIsolation(command, FILES_PER_PROCESS);
    }
}
