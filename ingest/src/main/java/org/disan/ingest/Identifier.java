package org.disan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Identifies a file: SHA-256 of its bytes and its type from content, checked against its name. */
final class Identifier {

    private final TikaEngine tika;

    Identifier(TikaEngine tika) {
        this.tika = tika;
    }

    Identification identify(Path file, String fileName) throws IOException {
        String sha256 = sha256(file);
        long size = Files.size(file);
        MediaType fromContent = detect(file, fileName);
        MediaType fromName = detectFromName(fileName);
        String declared = agrees(fromContent, fromName) ? null : fromName.toString();
        return new Identification(sha256, size, fromContent.getBaseType().toString(), declared);
    }

    private MediaType detect(Path file, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return tika.detector().detect(in, metadata);
        }
    }

    private MediaType detectFromName(String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return tika.detector().detect(null, metadata);
    }

    /**
     * A name that suggests nothing (no or unknown extension) agrees with anything; otherwise the
     * types agree when one is the other or a kind of it (a .xml file holding XHTML, .txt holding CSV).
     */
    private boolean agrees(MediaType content, MediaType name) {
        if (name.equals(MediaType.OCTET_STREAM)) {
            return true;
        }
        MediaType c = content.getBaseType();
        MediaType n = name.getBaseType();
        return c.equals(n)
                || tika.mediaTypes().isSpecializationOf(c, n)
                || tika.mediaTypes().isSpecializationOf(n, c);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
