package org.disan.batch.web.iiif;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Answers already drawn, kept as files in the record's folder under {@code iiif/tiles/}: a tile a
 * viewer asked for once is read back, not decoded again. Files appear whole or not at all.
 */
final class TileCache {

    private TileCache() {
    }

    static Optional<Path> find(Path folder, ImageRequest request) {
        Path file = folder.resolve("tiles").resolve(request.cacheName());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    static void keep(Path folder, ImageRequest request, byte[] encoded) throws IOException {
        Path tiles = Files.createDirectories(folder.resolve("tiles"));
        Path temp = Files.createTempFile(tiles, ".tmp-", ".part");
        try {
            Files.write(temp, encoded);
            Path target = tiles.resolve(request.cacheName());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
