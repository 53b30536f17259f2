package org.disan.samples.files;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The ffmpeg program, found on the PATH, run with bit-exact output so encodes repeat byte for byte. */
public final class Ffmpeg {

    private static final long TIMEOUT_SECONDS = 300;

    private final Path executable;

    private Ffmpeg(Path executable) {
        this.executable = executable;
    }

    public static Optional<Ffmpeg> locate() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "ffmpeg");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new Ffmpeg(candidate));
            }
        }
        return Optional.empty();
    }

    /** Runs ffmpeg with {@code arguments} and the given trailing output file; fails with ffmpeg's own message. */
    public void run(List<String> arguments, Path output) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-nostdin", "-y", "-loglevel", "error"));
        command.addAll(arguments);
        command.addAll(List.of("-map_metadata", "-1", "-fflags", "+bitexact", "-flags", "+bitexact", output.toString()));
        // ffmpeg's messages go to a scratch file: a full pipe would stall it, and the message explains a failure.
        Path log = Files.createTempFile("disan-ffmpeg", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg took longer than " + TIMEOUT_SECONDS + " s writing " + output);
            }
            if (process.exitValue() != 0) {
                String message = Files.readString(log, StandardCharsets.UTF_8).strip();
                throw new IOException("ffmpeg failed (exit " + process.exitValue() + ") writing " + output + ": " + message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg wrote " + output, e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** {@code -metadata key=value} pairs for the catalogue fields players show. */
    static List<String> tags(String title, String artist, String date, String comment) {
        return List.of("-metadata", "title=" + title, "-metadata", "artist=" + artist,
                "-metadata", "date=" + date, "-metadata", "album=disan", "-metadata", "comment=" + comment);
    }
}
