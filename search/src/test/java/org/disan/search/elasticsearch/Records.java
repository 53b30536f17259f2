package org.disan.search.elasticsearch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.Fixity;
import org.disan.ingest.model.Provenance;
import org.disan.ingest.model.TechnicalMetadata;

/** Small archive records for the Elasticsearch-specific tests. */
final class Records {

    private Records() {}

    static ArchiveRecord record(String id, String title, String text, List<String> subjects, String date) {
        DublinCore dc = new DublinCore(null, title, List.of("Nguyễn Văn Huyên"), subjects,
                "Mô tả: " + title, null, List.of(), date, "Text", "application/pdf", null, "vi", null,
                List.of("Hà Nội"), null);
        return new ArchiveRecord(id, dc,
                new TechnicalMetadata("application/pdf", null, 1234, Map.of("pages", "2")),
                Fixity.sha256(id), text, "vi", null, Access.PUBLIC,
                List.of(new Derivative(DerivativeKind.THUMBNAIL_SMALL, "derivatives/" + id + "/small.jpg",
                        "image/jpeg", 256, 180)),
                new Provenance("lang-nghe", "ghi-chep/" + id + ".pdf", Instant.parse("2026-11-20T08:30:00Z"), 7L),
                List.of());
    }

    static ArchiveRecord record(String id, String title, String text) {
        return record(id, title, text, List.of("làng nghề"), "1995-04-30");
    }

    static ArchiveRecord withAccess(ArchiveRecord r, AccessLevel level, LocalDate embargoUntil) {
        return r.withAccess(new Access(level, embargoUntil), r.lastModified());
    }

    /** A 64-hex id, as real records have (SHA-256 of the content). */
    static String id(int n) {
        return String.format("%064x", n);
    }
}
