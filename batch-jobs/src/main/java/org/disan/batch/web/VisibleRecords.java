package org.disan.batch.web;

import java.util.Optional;
import java.util.regex.Pattern;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.SearchRequest.Audience;
import org.springframework.stereotype.Component;

/**
 * The records the current viewer may see: public (and past-embargo) records for everyone, all
 * records for archivists. Every page, file and API answer that names a record by id goes through
 * here, so an id from a URL is checked once, in one place.
 */
@Component
public class VisibleRecords {

    /** Record ids are SHA-256 digests; anything else in a URL is not a record. */
    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{64}");

    private final ArchiveIndex index;
    private final EmbargoCalendar calendar;

    VisibleRecords(ArchiveIndex index, EmbargoCalendar calendar) {
        this.index = index;
        this.calendar = calendar;
    }

    public Optional<ArchiveRecord> find(String id) {
        return find(id, Viewer.audience());
    }

    Optional<ArchiveRecord> find(String id, Audience audience) {
        if (id == null || !RECORD_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return index.get(id).filter(record -> audience == Audience.STAFF
                || record.access().isPublicOn(calendar.today()));
    }
}
