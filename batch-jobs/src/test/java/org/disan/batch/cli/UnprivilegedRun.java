package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code disan} jar run in a child process as a user without privileges, so that file
 * permissions really apply: as root (CI) the child runs as {@code nobody} (uid 65534) through
 * {@code setpriv}; as any other user it runs as that user. The jar is copied into a folder that
 * user can read, and every path it must reach is made traversable by the caller.
 */
record UnprivilegedRun(int exitCode, String out, String err) {

    static final int NOBODY = 65534;

    static boolean asRoot() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
    }

    /** A folder that the child's user can read and enter (and, with {@code writable}, write). */
    static Path openFolder(Path folder, boolean writable) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(writable ? "rwxrwxrwx" : "rwxr-xr-x"));
        return folder;
    }

    static UnprivilegedRun of(Path workFolder, String... args) throws Exception {
        Path built = Path.of("target", "disan.jar").toAbsolutePath();
        assertThat(built).as("the packaged jar").isRegularFile();
        Path jar = openFolder(workFolder.resolve("app"), false).resolve("disan.jar");
        if (!Files.exists(jar)) {
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        }
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        Path out = workFolder.resolve("out.txt");
        Path err = workFolder.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(openFolder(workFolder.resolve("home"), true).toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("HOME", workFolder.resolve("home").toString());
        builder.environment().remove("DISAN_DATA");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("disan finished within 3 minutes").isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new UnprivilegedRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
