package org.disan.ingest.derive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ffmpeg program, when the machine has it. Each run has a time limit after which the
 * process is killed, so a file that makes ffmpeg hang cannot hold up a batch.
 */
public final class Ffmpeg {

    /**
     * How a run ended; {@code detail} is ffmpeg's last words when it failed.
     *
     * @param output everything the program printed, for the few callers that read it
     */
    public record Run(boolean succeeded, String detail, String output) {

        Run(boolean succeeded, String detail) {
            this(succeeded, detail, "");
        }
    }

    private final String program;

    private Ffmpeg(String program) {
        this.program = program;
    }

    /** Looked up once per process: starting a program to ask costs tens of milliseconds. */
    private static final class Located {
        static final Optional<Ffmpeg> INSTANCE = locate();
    }

    /** ffmpeg from the PATH as found on first use, if the machine has it. */
    public static Optional<Ffmpeg> located() {
        return Located.INSTANCE;
    }

    /** ffmpeg from the PATH, if it answers {@code -version}. */
    public static Optional<Ffmpeg> locate() {
        return locate("ffmpeg");
    }

    /** ffprobe, which comes with ffmpeg, as found on first use: it lists a file's streams. */
    public static Optional<Ffmpeg> probe() {
        return LocatedProbe.INSTANCE;
    }

    private static final class LocatedProbe {
        static final Optional<Ffmpeg> INSTANCE = locate("ffprobe");
    }

    private static Optional<Ffmpeg> locate(String program) {
        Ffmpeg candidate = new Ffmpeg(program);
        try {
            return candidate.run(List.of("-version"), Duration.ofSeconds(10)).succeeded()
                    ? Optional.of(candidate) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs ffmpeg with the arguments, killing it when it overruns the limit.
     *
     * @throws IOException when ffmpeg cannot be started
     */
    public Run run(List<String> arguments, Duration limit) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(arguments);
        Path log = Files.createTempFile("disan-ffmpeg-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Run(false, "ffmpeg took longer than " + limit.toSeconds() + " s and was stopped");
            }
            if (process.exitValue() != 0) {
                return new Run(false, lastLine(log));
            }
            return new Run(true, "", new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(false, "interrupted");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "ffmpeg failed" : lines.get(lines.size() - 1).strip();
    }
}
