package org.disan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One generated file: its path inside the corpus, kind, media type, size in bytes and SHA-256. */
public record ManifestEntry(String file, FileKind kind, String mediaType, long size, String sha256) {

    static ManifestEntry describe(Path root, String relativePath, FileKind kind) throws IOException {
        Path file = root.resolve(relativePath);
        return new ManifestEntry(relativePath, kind, kind.mediaType(), Files.size(file), sha256(file));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
