package org.disan.batch.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.disan.ingest.ParserIsolation;
import org.disan.ingest.ParserServer;

/**
 * How this application starts parser processes. From the packaged {@code disan.jar} the parser
 * server's class sits inside the jar's nested layout, so the process starts through Spring Boot's
 * {@code PropertiesLauncher}; from a build's class folders it starts on the same class path.
 */
public final class ApplicationParserIsolation {

    /** Heap of the parser process for each file it may be reading at once (one per ingest thread). */
    static final int MAX_HEAP_MB_PER_FILE = 512;
    /**
     * A warm parser process is kept this long after its job, so that the next job of a server
     * (or the next run of a benchmark) does not pay for starting and warming a new JVM.
     */
    static final Duration KEEP_IDLE = Duration.ofMinutes(2);
    /** How long this JVM waits at exit for a parser process that writes its class-data archive. */
    private static final Duration RECORDING_LIMIT = Duration.ofSeconds(60);
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ApplicationParserIsolation() {}

    /**
     * Starts the parser process an ingest with this many threads will use, in the background,
     * while the caller starts the application and scans the submission.
     */
    public static void startAhead(int threads) {
        forThisApplication(threads).startAhead();
    }

    /**
     * @param threads ingest threads that share the parser process, each reading one file at a time;
     *     the heap has room for at least one file per core, so that jobs with fewer threads than
     *     cores (and the next job of a server) find the same warm process
     */
    static ParserIsolation forThisApplication(int threads) {
        String classPath = System.getProperty("java.class.path");
        int filesAtOnce = Math.max(threads, Runtime.getRuntime().availableProcessors());
        String maxHeap = MAX_HEAP_MB_PER_FILE * filesAtOnce + "m";
        if (!isPackagedApplication(classPath)) {
            List<String> classData = ParserClassData.options();
            if (ParserClassData.records(classData)) {
                // The archive is written as the process ends, which must finish before this JVM does.
                ParserIsolation.awaitProcessesAtExit(RECORDING_LIMIT);
            }
            return ParserIsolation.sameClassPath(maxHeap, classData).keepingIdleFor(KEEP_IDLE);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ParserIsolation.jvmOptions(maxHeap));
        command.addAll(List.of("-Dloader.main=" + ParserServer.class.getName(), "-cp", classPath, BOOT_LAUNCHER));
        return new ParserIsolation(command, ParserIsolation.FILES_PER_PROCESS, KEEP_IDLE);
    }

    /** A single jar on the class path with Spring Boot's nested layout. */
    static boolean isPackagedApplication(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")
                || !Files.isRegularFile(Path.of(classPath))) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
