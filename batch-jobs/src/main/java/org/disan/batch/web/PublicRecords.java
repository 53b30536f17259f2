package org.disan.batch.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.springframework.stereotype.Component;

/**
 * The records an anonymous visitor may see. Every page and file that names a record by id goes
 * through here, so an id from a URL is checked once, in one place.
 */
@Component
class PublicRecords {

    /** Record ids are SHA-256 digests; anything else in a URL is not a record. */
    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{64}");

    private final ArchiveIndex index;

    PublicRecords(ArchiveIndex index) {
        this.index = index;
    }

    Optional<ArchiveRecord> find(String id) {
        if (id == null || !RECORD_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return index.get(id).filter(record -> record.access().isPublicOn(LocalDate.now()));
    }
}
