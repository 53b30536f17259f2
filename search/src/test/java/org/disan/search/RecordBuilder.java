package org.disan.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Cue;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.ExtraField;
import org.disan.ingest.model.Fixity;
import org.disan.ingest.model.Provenance;
import org.disan.ingest.model.TechnicalMetadata;
import org.disan.ingest.model.Transcript;

/** Builds archive records for tests, with only the fields a test cares about. */
public final class RecordBuilder {

    private final String id;
    private String title;
    private String description;
    private String date;
    private String type;
    private String language;
    private String fullText = "";
    private String mimeType = "application/pdf";
    private String collection = "bao-tang-lich-su";
    private String path;
    private List<String> creators = List.of();
    private List<String> subjects = List.of();
    private List<String> places = List.of();
    private Access access = Access.PUBLIC;
    private String sheetCollection;
    private final List<ExtraField> extraFields = new ArrayList<>();
    private Instant modified;
    private final List<Derivative> derivatives = new ArrayList<>();
    private final List<Transcript> transcripts = new ArrayList<>();

    private RecordBuilder(String id) {
        this.id = id;
        this.path = "files/" + id + ".pdf";
    }

    public static RecordBuilder record(String id) {
        return new RecordBuilder(id);
    }

    public RecordBuilder title(String value) { title = value; return this; }

    public RecordBuilder description(String value) { description = value; return this; }

    public RecordBuilder date(String value) { date = value; return this; }

    public RecordBuilder type(String value) { type = value; return this; }

    public RecordBuilder language(String value) { language = value; return this; }

    public RecordBuilder text(String value) { fullText = value; return this; }

    public RecordBuilder mimeType(String value) { mimeType = value; return this; }

    public RecordBuilder collection(String value) { collection = value; return this; }

    public RecordBuilder path(String value) { path = value; return this; }

    public RecordBuilder creators(String... values) { creators = List.of(values); return this; }

    public RecordBuilder subjects(String... values) { subjects = List.of(values); return this; }

    public RecordBuilder places(String... values) { places = List.of(values); return this; }

    /** The collection a sheet's {@code collection} column names (not the submission). */
    public RecordBuilder sheetCollection(String value) { sheetCollection = value; return this; }

    public RecordBuilder extra(String name, String value) { extraFields.add(new ExtraField(name, value)); return this; }

    public RecordBuilder modified(Instant value) { modified = value; return this; }

    public RecordBuilder restricted() {
        access = new Access(AccessLevel.RESTRICTED, null);
        return this;
    }

    public RecordBuilder embargoedUntil(LocalDate day) {
        access = new Access(AccessLevel.EMBARGOED, day);
        return this;
    }

    public RecordBuilder thumbnail(String storePath) {
        derivatives.add(new Derivative(DerivativeKind.THUMBNAIL_SMALL, storePath, "image/jpeg", 200, 150));
        return this;
    }

    /** A transcript in the given language whose cues are (start, end, text) triples. */
    public RecordBuilder transcript(String language, Cue... cues) {
        int n = transcripts.size() + 1;
        transcripts.add(new Transcript(language, "files/" + id + "." + language + ".vtt",
                "objects/" + id + "/transcript-" + n + ".vtt", "0".repeat(64), List.of(cues)));
        return this;
    }

    public ArchiveRecord build() {
        DublinCore dc = new DublinCore(null, title, creators, subjects, description, null, List.of(),
                date, type, null, null, language, null, places, null);
        return new ArchiveRecord(id, dc, new TechnicalMetadata(mimeType, null, 1024, null),
                Fixity.sha256(id), fullText, language, null, access, derivatives,
                new Provenance(collection, path, Instant.parse("2026-01-15T10:00:00Z"), 7L), List.of(),
                sheetCollection, extraFields, modified, transcripts);
    }
}
