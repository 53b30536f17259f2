package org.disan.batch.bench.cold;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher this benchmark was started with ({@code -Ddisan.launcher}, which it sets), or the one
 * next to the packaged jar on the class path: {@code batch-jobs/bin/disan} for {@code batch-jobs/target/disan.jar}.
 */
final class OwnLauncher {

    static final String PROPERTY = "disan.launcher";

    private OwnLauncher() {}

    static Path locate() throws IOException {
        String named = System.getProperty(PROPERTY);
        if (named != null && Files.isRegularFile(Path.of(named))) {
            return Path.of(named).toAbsolutePath();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
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
