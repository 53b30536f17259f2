package org.disan.batch.web.oai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
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

/** Records for harvest tests: numbered, with Vietnamese Dublin Core, in a given submission. */
final class HarvestRecords {

    static final Access RESTRICTED = new Access(AccessLevel.RESTRICTED, null);

    private HarvestRecords() {}

    static Access embargoedUntil(LocalDate day) {
        return new Access(AccessLevel.EMBARGOED, day);
    }

    static ArchiveRecord record(int n, Access access, String submission, Instant ingested) {
        String id = sha256("record-" + n);
        DublinCore dc = new DublinCore("MS-" + n, "Phố cổ Hà Nội " + n, List.of("Nguyễn Văn An", "Trần Thị Bình"),
                List.of("phố cổ", "nghề thủ công"), "Ảnh chụp khu phố cổ, số " + n + ".", "Bảo tàng Hà Nội",
                List.of(), "2019-0" + (1 + n % 9), "StillImage", null, null, "vi", null,
                List.of("Hà Nội"), "CC BY 4.0");
        return new ArchiveRecord(id, dc, new TechnicalMetadata("image/jpeg", null, 1000 + n, Map.of()),
                Fixity.sha256(id), "", "vi", null, access,
                List.of(new Derivative(DerivativeKind.THUMBNAIL_SMALL, "objects/" + id + "/thumb-200.jpg",
                        "image/jpeg", 200, 150)),
                new Provenance(submission, "anh/" + n + ".jpg", ingested, 1L), List.of());
    }

    /** A numbered public record of the given type, without derivatives. */
    static ArchiveRecord ofType(int n, String mimeType, Map<String, String> properties) {
        ArchiveRecord picture = record(n, Access.PUBLIC, "ca-tru", Instant.parse("2026-12-01T08:30:15Z"));
        return new ArchiveRecord(picture.id(), picture.dublinCore(), new TechnicalMetadata(mimeType, null, 1000 + n, properties),
                picture.fixity(), "", "vi", null, Access.PUBLIC, List.of(), picture.provenance(), List.of());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
