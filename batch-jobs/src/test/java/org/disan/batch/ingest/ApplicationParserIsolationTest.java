package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationParserIsolationTest {

    @TempDir
    Path temp;

    @Test
    void aSpringBootJarIsThePackagedApplication() throws Exception {
        Path jar = jar("disan.jar", "BOOT-INF/classes/");

        assertThat(ApplicationParserIsolation.isPackagedApplication(jar.toString())).isTrue();
    }

    @Test
    void classFoldersAPlainJarAndAMissingJarAreNot() throws Exception {
        Path plain = jar("plain.jar", "org/");

        assertThat(ApplicationParserIsolation.isPackagedApplication(plain.toString())).isFalse();
        assertThat(ApplicationParserIsolation.isPackagedApplication(temp.resolve("missing.jar").toString())).isFalse();
        assertThat(ApplicationParserIsolation.isPackagedApplication("target/classes" + File.pathSeparator + plain)).isFalse();
        assertThat(ApplicationParserIsolation.isPackagedApplication(null)).isFalse();
    }

    @Test
    void fromClassFoldersWorkersStartOnTheSameClassPath() {
        assertThat(ApplicationParserIsolation.forThisApplication(1).command())
                .contains(System.getProperty("java.class.path"), "org.disan.ingest.ParserServer");
    }

    @Test
    void theSharedWorkerHasHeapForAFilePerThreadAndAtLeastOnePerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(ApplicationParserIsolation.forThisApplication(1).command()).contains("-Xmx" + 512 * cores + "m");
        assertThat(ApplicationParserIsolation.forThisApplication(cores + 2).command()).contains("-Xmx" + 512 * (cores + 2) + "m");
    }

    @Test
    void theApplicationKeepsWarmWorkersForItsNextJob() {
        assertThat(ApplicationParserIsolation.forThisApplication(2).keepIdle()).isEqualTo(ApplicationParserIsolation.KEEP_IDLE).isPositive();
    }

    private Path jar(String name, String entry) throws Exception {
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            entries.putNextEntry(new JarEntry(entry));
            entries.closeEntry();
        }
        return jar;
    }
}
