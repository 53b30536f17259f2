package org.disan.batch.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which index folder of a data folder is the live one. An index rebuilt from the store is written
 * into a fresh {@code index-<timestamp>} folder and then made live by replacing the one-line file
 * {@code index.current} atomically, so a reader opens either the old complete index or the new
 * complete one, never a half-built one. Without that file the live index is {@code index}.
 */
public final class IndexPointer {

    static final String POINTER_FILE = "index.current";
    private static final String DEFAULT_FOLDER = "index";
    private static final Pattern GENERATION = Pattern.compile("index(-\\d{8}T\\d{9}Z)?");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;

    public IndexPointer(Path root) {
        this.root = root;
    }

    /** The live index folder. */
    public Path current() {
        Path pointer = root.resolve(POINTER_FILE);
        if (!Files.isRegularFile(pointer)) {
            return root.resolve(DEFAULT_FOLDER);
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!GENERATION.matcher(name).matches()) {
                throw new IllegalStateException(pointer + " names no index folder: '" + name + "'");
            }
            return root.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /** A folder name for a new index generation; nothing is created. */
    public String newGeneration(Clock clock) {
        return "index-" + STAMP.format(clock.instant());
    }

    /**
     * Makes the named folder the live index, then removes generations older than the one it
     * replaces (that one stays, because a running search process may still read it).
     */
    public void switchTo(String generation) throws IOException {
        if (!GENERATION.matcher(generation).matches() || !Files.isDirectory(root.resolve(generation))) {
            throw new IllegalArgumentException("no index generation folder " + root.resolve(generation));
        }
        Path previous = current();
        Path temp = Files.createTempFile(root, ".index.current-", ".tmp");
        try {
            Files.writeString(temp, generation + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, root.resolve(POINTER_FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, root.resolve(POINTER_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        removeGenerationsOtherThan(List.of(root.resolve(generation), previous));
    }

    private void removeGenerationsOtherThan(List<Path> kept) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path folder : children.filter(Files::isDirectory)
                    .filter(p -> GENERATION.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !kept.contains(p))
                    .toList()) {
                deleteTree(folder);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
