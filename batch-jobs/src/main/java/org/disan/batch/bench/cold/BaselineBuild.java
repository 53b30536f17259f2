package org.disan.batch.bench.cold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher of a baseline build: a git commit exported into a folder of its own and packaged
 * there ({@code mvn package}, never {@code install}, so that nothing in the local Maven repository
 * changes), or reused when that folder already holds the packaged jar.
 */
final class BaselineBuild {

    private static final Path LAUNCHER = Path.of("batch-jobs", "bin", "disan");
    private static final Path JAR = Path.of("batch-jobs", "target", "disan.jar");

    private final PrintWriter print;

    BaselineBuild(PrintWriter print) {
        this.print = print;
    }

    /** The launcher of {@code commit} of the repository at {@code repository}, built in {@code builds} if needed. */
    Path launcher(Path repository, String commit, Path builds) throws IOException, InterruptedException {
        String full = output(repository, "git", "rev-parse", "--verify", commit + "^{commit}").strip();
        Path folder = builds.resolve("baseline-" + full.substring(0, 12));
        if (!Files.isRegularFile(folder.resolve(JAR))) {
            print.printf("Building the baseline %s into %s (mvn package) ...%n", commit, folder);
            print.flush();
            Files.createDirectories(folder);
            run(repository, List.of("sh", "-c", "git archive --format=tar " + full + " | tar -x -C '" + folder + "'"));
            // Offline when the local repository holds what the baseline needs; a machine that never
            // built that commit fetches its dependencies.
            if (!succeeds(folder, List.of("mvn", "-B", "-q", "-o", "-DskipTests", "package"))) {
                run(folder, List.of("mvn", "-B", "-q", "-DskipTests", "package"));
            }
        }
        Path launcher = folder.resolve(LAUNCHER);
        if (!Files.isRegularFile(launcher)) {
            throw new IOException("the baseline " + commit + " has no launcher at " + LAUNCHER);
        }
        return launcher;
    }

    private static boolean succeeds(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor() == 0;
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + directory + " (exit code "
                    + process.exitValue() + ")");
        }
    }

    private static String output(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + directory);
        }
        return text;
    }
}
