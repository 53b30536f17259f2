package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.Fixity;
import org.disan.ingest.model.Provenance;
import org.disan.ingest.model.TechnicalMetadata;
import org.disan.ingest.store.ArchiveStore;

/**
 * Puts a file into a store with a bare record of the given type, as an ingest leaves it, without
 * parsing it: damaged recordings that no parser would take still reach the previews this way.
 */
final class StoredOriginals {

    private StoredOriginals() {}

    static ArchiveRecord store(ArchiveStore store, Path file, String mimeType) throws IOException {
        String id = sha256(Files.readAllBytes(file));
        store.putOriginal(id, file, file.getFileName().toString());
        ArchiveRecord record = new ArchiveRecord(id, DublinCore.EMPTY,
                new TechnicalMetadata(mimeType, null, Files.size(file), null), Fixity.sha256(id), "", null, null,
                Access.PUBLIC, List.of(), new Provenance("museum", file.getFileName().toString(), Instant.now(), null),
                List.of());
        store.writeRecord(record);
        return record;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
