package org.disan.ingest.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file's digest as lowercase hex, read in one streaming pass: by OpenSSL where this machine has
 * it ({@link OpenSslDigest}), otherwise by the JVM. Both give the same digest; OpenSSL gives it
 * several times sooner in a JVM that compiles with C1 alone.
 */
public final class FileDigests {

    private static final FileDigests SHARED = new FileDigests(OpenSslDigest.load());

    private final Optional<OpenSslDigest> openSsl;

    FileDigests(Optional<OpenSslDigest> openSsl) {
        this.openSsl = openSsl;
    }

    /** The SHA-256 of a file's bytes, lowercase hex. */
    public static String sha256(Path file) throws IOException {
        return hex(file, "SHA-256");
    }

    /**
     * The digest of a file's bytes, lowercase hex.
     *
     * @param algorithm a Java name of a digest every JVM has ({@code SHA-256}, {@code SHA-512},
     *     {@code SHA-1}, {@code MD5})
     */
    public static String hex(Path file, String algorithm) throws IOException {
        return SHARED.digest(file, algorithm);
    }

    String digest(Path file, String algorithm) throws IOException {
        Optional<byte[]> digest = openSsl.isPresent() ? openSsl.get().digest(file, algorithm) : Optional.empty();
        return HexFormat.of().formatHex(digest.isPresent() ? digest.get() : javaDigest(file, algorithm));
    }

    private static byte[] javaDigest(Path file, String algorithm) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("the JVM has no " + algorithm, e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }
}
