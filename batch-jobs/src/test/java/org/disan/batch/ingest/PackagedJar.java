package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code disan} command as users run it: the packaged jar in a Java process of its own. */
final class PackagedJar {

    private PackagedJar() {}

    static List<String> command(String... args) {
        Path jar = Path.of("target", "disan.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }
}
