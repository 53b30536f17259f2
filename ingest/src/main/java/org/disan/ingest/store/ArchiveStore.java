package org.disan.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.RecordJson;

/**
 * The archive's files on disk, addressed by content: {@code objects/ab/cd/<sha256>/} holds the
 * original ({@code original.<ext>}), its derivatives and {@code record.json}. Every write goes to
 * a temporary file in the same folder and is then moved into place atomically; the record is
 * written last, so an object with a {@code record.json} is complete.
 */
public final class ArchiveStore {

    static final String RECORD_FILE = "record.json";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private final Path root;

    /**
     * @param root the store folder ({@code <data>/store}); created when missing
     * @throws UncheckedIOException when it cannot be created
     */
    public ArchiveStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("archive store '" + root + "' cannot be created", e);
        }
    }

    public Path root() {
        return root;
    }

    /** Whether a complete record with this id is stored. */
    public boolean contains(String id) {
        return Files.isRegularFile(objectDir(id).resolve(RECORD_FILE));
    }

    public Optional<ArchiveRecord> read(String id) {
        Path json = objectDir(id).resolve(RECORD_FILE);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        return Optional.of(readRecord(json));
    }

    /**
     * Every stored record, in no particular order; enough to rebuild the index. Close the stream.
     *
     * @throws UncheckedIOException when a record file cannot be read (naming it), rather than
     *     leaving it out of a rebuilt index
     */
    public Stream<ArchiveRecord> records() {
        Path objects = root.resolve("objects");
        if (!Files.isDirectory(objects)) {
            return Stream.empty();
        }
        try {
            return Files.find(objects, 4, (path, attrs) -> attrs.isRegularFile()
                            && path.getFileName().toString().equals(RECORD_FILE))
                    .map(ArchiveStore::readRecord);
        } catch (IOException e) {
            throw new UncheckedIOException("archive store '" + root + "' cannot be listed", e);
        }
    }

    /**
     * A store-relative path (forward slashes) as a file.
     *
     * @throws IllegalArgumentException when the path is absolute or leads out of the store
     */
    public Path resolve(String storeRelativePath) {
        if (storeRelativePath == null || storeRelativePath.isBlank()
                || storeRelativePath.startsWith("/") || storeRelativePath.contains("\\")
                || storeRelativePath.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a path inside the store: " + storeRelativePath);
        }
        Path resolved = root.resolve(storeRelativePath).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("path leads out of the store: " + storeRelativePath);
        }
        return resolved;
    }

    /** Where a record's original is kept. */
    public Path originalPath(ArchiveRecord record) {
        String name = record.provenance() == null ? "" : record.provenance().originalFileName();
        return objectDir(record.id()).resolve(originalFileName(name));
    }

    /** The store-relative form of a file inside the store, with forward slashes. */
    public String relativize(Path file) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Copies an original into the store unless it is already there.
     *
     * @return the original's store-relative path
     */
    public String putOriginal(String id, Path source, String submittedFileName) throws IOException {
        Path target = objectDir(id).resolve(originalFileName(submittedFileName));
        if (!Files.isRegularFile(target) || Files.size(target) != Files.size(source)) {
            Path temp = newTempFile(id, ".original");
            try {
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return relativize(target);
    }

    /**
     * Removes an original that {@link #putOriginal} copied for a file that then failed, and its
     * object's folder when nothing else is left in it, so a failed file leaves nothing behind.
     *
     * @param original the store-relative path {@link #putOriginal} returned
     */
    public void removeOriginal(String original) throws IOException {
        Path file = root.resolve(original).normalize();
        if (!file.startsWith(root.resolve("objects"))) {
            throw new IllegalArgumentException("not an original in this store: " + original);
        }
        if (Files.isRegularFile(file.resolveSibling(RECORD_FILE))) {
            // Another writer stored the same bytes meanwhile and its record needs this original.
            return;
        }
        Files.deleteIfExists(file);
        try {
            Files.deleteIfExists(file.getParent());
        } catch (DirectoryNotEmptyException e) {
            // Something else of the object is there (a record written by an earlier run): keep it.
        }
    }

    /**
     * A fresh temporary file in the object's folder, for a derivative being produced; hand it to
     * {@link #commit} when complete. Its name starts with a dot so a half-made file is never
     * mistaken for a derivative.
     */
    public Path newTempFile(String id, String suffix) throws IOException {
        Path dir = objectDir(id);
        if (!Files.isDirectory(dir)) {
            // Only when missing: on an existing folder createDirectories fails inside and builds
            // an exception each time, a tenth of a CPU second in a 300-file ingest.
            Files.createDirectories(dir);
        }
        // Not Files.createTempFile: its names come from one shared SecureRandom, which every
        // ingest thread queues on; the name only has to be new in this folder.
        while (true) {
            Path temp = dir.resolve(".tmp-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // Drawn twice: draw again.
            }
        }
    }

    /**
     * Moves a completed temporary file into place as the named file of the object.
     *
     * @return the file's store-relative path
     */
    public String commit(String id, Path temp, String fileName) throws IOException {
        Path target = objectDir(id).resolve(fileName).normalize();
        if (!target.getParent().equals(objectDir(id))) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        moveIntoPlace(temp, target);
        return relativize(target);
    }

    /** Writes the record last; writing the same record again replaces it with equal content. */
    public void writeRecord(ArchiveRecord record) throws IOException {
        writeRecordFile(record, (temp, target) -> {
            moveIntoPlace(temp, target);
            return true;
        });
    }

    /**
     * Writes the record of a newly stored object unless the object already has one, in one step
     * that another writer cannot come between: two partitions or two processes given the same
     * bytes at once both get here, and the one that finds a record is the duplicate.
     *
     * @return whether this record was written; {@code false} when the object already had a record,
     *     which is kept
     */
    public boolean writeNewRecord(ArchiveRecord record) throws IOException {
        return writeRecordFile(record, ArchiveStore::linkIfAbsent);
    }

    /** How a complete temporary file takes its place, and whether it did. */
    @FunctionalInterface
    private interface Placement {
        boolean place(Path temp, Path target) throws IOException;
    }

    private boolean writeRecordFile(ArchiveRecord record, Placement placement) throws IOException {
        Path temp = newTempFile(record.id(), ".json");
        try {
            Files.write(temp, RecordJson.write(record));
            return placement.place(temp, objectDir(record.id()).resolve(RECORD_FILE));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A hard link fails when the name exists, which a rename never does. A file system without
     * hard links refuses with a {@link FileSystemException}; there the name is checked, then renamed.
     */
    private static boolean linkIfAbsent(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (FileSystemException e) {
            if (Files.exists(target)) {
                return false;
            }
            moveIntoPlace(temp, target);
            return true;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    Path objectDir(String id) {
        if (id == null || !SHA256_HEX.matcher(id).matches()) {
            throw new IllegalArgumentException("not a record id (lowercase SHA-256 hex): " + id);
        }
        return root.resolve("objects").resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
    }

    private static String originalFileName(String submittedFileName) {
        int dot = submittedFileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : submittedFileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return SAFE_EXTENSION.matcher(extension).matches() ? "original." + extension : "original.bin";
    }

    private static ArchiveRecord readRecord(Path json) {
        try {
            return RecordJson.read(Files.readAllBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException("record file '" + json + "' cannot be read", e);
        }
    }
}
