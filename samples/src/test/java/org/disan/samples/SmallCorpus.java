package org.disan.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One small generated collection shared by the tests that inspect its files; written once per test run. */
final class SmallCorpus {

    static final int COUNT = 26;
    static final long SEED = 20_261_125L;

    private static Path folder;
    private static CorpusManifest manifest;

    private SmallCorpus() {
    }

    static synchronized Path folder() {
        if (folder == null) {
            try {
                Path parent = Files.createTempDirectory("disan-small-corpus");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(parent)));
                folder = parent.resolve("corpus");
                manifest = CorpusGenerator.generate(folder, CorpusSpec.of(COUNT, SEED));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    static synchronized CorpusManifest manifest() {
        folder();
        return manifest;
    }

    static List<Path> files(FileKind kind) {
        return manifest().files().stream().filter(e -> e.kind() == kind).map(e -> folder().resolve(e.file())).toList();
    }

    /** The metadata.csv rows keyed by their {@code file} column. */
    static Map<String, Map<String, String>> catalogue() {
        try {
            return CsvRows.read(folder().resolve("metadata.csv")).stream()
                    .collect(Collectors.toMap(row -> row.get("file"), Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> recordOf(Path file) {
        return catalogue().get(folder().relativize(file).toString().replace('\\', '/'));
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
