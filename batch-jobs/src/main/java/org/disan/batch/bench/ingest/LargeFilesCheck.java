package org.disan.batch.bench.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disan.batch.DisanCommandLine;

/**
 * Runs the real {@code disan ingest} over a folder of very large files in a child JVM with a
 * small heap, and keeps its exit code and summary: the proof that big files stream.
 */
final class LargeFilesCheck {

    private static final long LIMIT_MINUTES = 30;

    private final String maxHeap;

    LargeFilesCheck(String maxHeap) {
        this.maxHeap = maxHeap;
    }

    Result run(Path folder, Path dataRoot, String ocr) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true"));
        command.addAll(launch(System.getProperty("java.class.path")));
        command.addAll(List.of("ingest", folder.toString(), "--data", dataRoot.toString(), "--ocr", ocr));
        Path log = Files.createTempFile("disan-large-ingest-", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        int exit = finished ? process.exitValue() : -1;
        int from = 0;
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).startsWith("Ingest of") || output.get(i).contains("OutOfMemory")) {
                from = i;
                break;
            }
        }
        List<String> summary = output.subList(from, Math.min(output.size(), from + 30));
        return new Result(maxHeap, exit, seconds, summary);
    }

    /** The packaged application starts from its jar; a build's classes start on the same class path. */
    private static List<String> launch(String classPath) {
        boolean packaged = !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar");
        return packaged ? List.of("-jar", classPath) : List.of("-cp", classPath, DisanCommandLine.class.getName());
    }

    /** The child's heap limit, exit code (-1 when it had to be stopped), wall time and summary lines. */
    record Result(String maxHeap, int exitCode, double seconds, List<String> summary) {}
}
