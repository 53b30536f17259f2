package org.disan.batch.bench.cold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The launcher next to the packaged jar this benchmark runs from: {@code batch-jobs/bin/disan} for {@code batch-jobs/target/disan.jar}. */
final class OwnLauncher {

    private OwnLauncher() {}

    static Path locate() throws IOException {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            Path jar = Path.of(classPath).toAbsolutePath();
            Path launcher = jar.getParent().resolveSibling("bin").resolve("disan");
            if (Files.isRegularFile(launcher)) {
                return launcher;
            }
        }
        throw new IOException("cannot tell which launcher to measure from the class path " + classPath
                + "; give it with --launcher");
    }
}
