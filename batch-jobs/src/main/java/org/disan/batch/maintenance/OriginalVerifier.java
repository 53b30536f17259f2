package org.disan.batch.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.disan.batch.maintenance.AuditFinding.Problem;
import org.disan.ingest.digest.FileDigests;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Transcript;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.batch.item.ItemProcessor;

/**
 * Hashes a stored original again, streaming it, and compares the result with the record's
 * SHA-256 (its id), then each of its transcripts with theirs. Returns a finding for the first file
 * that differs and {@code null}, which Spring Batch filters out, when all are intact.
 */
public class OriginalVerifier implements ItemProcessor<String, AuditFinding> {


    private final ArchiveStore store;

    public OriginalVerifier(ArchiveStore store) {
        this.store = store;
    }

    @Override
    public AuditFinding process(String id) {
        ArchiveRecord record;
        try {
            record = store.read(id).orElse(null);
        } catch (UncheckedIOException e) {
            return new AuditFinding(id, Problem.UNREADABLE, null, null, "record cannot be read: " + e.getMessage());
        }
        if (record == null) {
            return new AuditFinding(id, Problem.MISSING, null, null, "the record vanished during the audit");
        }
        String expected = record.fixity() != null ? record.fixity().digest() : record.id();
        AuditFinding original = verify(id, store.originalPath(record), expected);
        if (original != null) {
            return original;
        }
        // a recording's transcripts are kept beside it and are as much the archive's to keep
        for (Transcript transcript : record.transcripts()) {
            AuditFinding finding = verify(id, store.resolve(transcript.path()), transcript.sha256());
            if (finding != null) {
                return finding;
            }
        }
        return null;
    }

    private AuditFinding verify(String id, Path file, String expected) {
        String storedPath = store.relativize(file);
        try {
            String actual = FileDigests.sha256(file);
            return actual.equals(expected) ? null : new AuditFinding(id, Problem.CHANGED, storedPath, actual, null);
        } catch (NoSuchFileException e) {
            return new AuditFinding(id, Problem.MISSING, storedPath, null, null);
        } catch (IOException e) {
            return new AuditFinding(id, Problem.UNREADABLE, storedPath, null, storedPath + ": " + e.getMessage());
        }
    }
}
