package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.disan.ingest.digest.FileDigests;

/** Identifies a file: SHA-256 of its bytes and its type from content, checked against its name. */
final class Identifier {

    private final TikaEngine tika;

    Identifier(TikaEngine tika) {
        this.tika = tika;
    }

    Identification identify(Path file, String fileName) throws IOException {
        String sha256 = FileDigests.sha256(file);
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
}
