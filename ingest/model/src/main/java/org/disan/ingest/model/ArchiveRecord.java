package org.disan.ingest.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One archived item: the original's descriptive, technical and preservation metadata, its full
 * text and its derivatives. The id is the SHA-256 of the original bytes, so the same file
 * submitted twice is the same record.
 *
 * @param fullText all extracted text, NFC; empty when the file has none
 * @param textLanguage detected language of the text (ISO 639-1), or {@code null}
 * @param textTruncatedAt character count at which the text was cut, or {@code null} when whole
 * @param notes what a reader of the record should know about its processing (OCR skipped, ...)
 * @param collection the collection the submission's sheet puts the record in, or {@code null}
 *     (the record then belongs to its submission's collection, see {@link #collectionName()})
 * @param extraFields the sheet's columns that are not Dublin Core, in the sheet's order
 * @param modified when the record last changed (ingest, access, metadata); harvesters use it as
 *     the record's datestamp. {@code null} only in records stored before it existed, which
 *     {@link #lastModified()} answers with their ingest time
 * @param transcripts time-coded transcripts of a recording, kept beside its original
 * @param previewsNotMade each preview of {@link PreviewType} found impossible to make for this
 *     record, with the reason; such a preview is not tried again
 */
public record ArchiveRecord(
        String id,
        DublinCore dublinCore,
        TechnicalMetadata technical,
        Fixity fixity,
        String fullText,
        String textLanguage,
        Integer textTruncatedAt,
        Access access,
        List<Derivative> derivatives,
        Provenance provenance,
        List<String> notes,
        String collection,
        List<ExtraField> extraFields,
        Instant modified,
        List<Transcript> transcripts,
        Map<PreviewType, String> previewsNotMade) {

    public ArchiveRecord {
        Objects.requireNonNull(id, "id");
        dublinCore = dublinCore == null ? DublinCore.EMPTY : dublinCore;
        fullText = fullText == null ? "" : fullText;
        access = access == null ? Access.PUBLIC : access;
        derivatives = derivatives == null ? List.of() : List.copyOf(derivatives);
        notes = notes == null ? List.of() : List.copyOf(notes);
        collection = collection == null || collection.isBlank() ? null : collection.strip();
        extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
        transcripts = transcripts == null ? List.of() : List.copyOf(transcripts);
        previewsNotMade = previewsNotMade == null ? Map.of() : Map.copyOf(previewsNotMade);
    }

    /** A record none of whose previews has been found impossible (yet). */
    public ArchiveRecord(String id, DublinCore dublinCore, TechnicalMetadata technical, Fixity fixity,
            String fullText, String textLanguage, Integer textTruncatedAt, Access access,
            List<Derivative> derivatives, Provenance provenance, List<String> notes, String collection,
            List<ExtraField> extraFields, Instant modified, List<Transcript> transcripts) {
        this(id, dublinCore, technical, fixity, fullText, textLanguage, textTruncatedAt, access,
                derivatives, provenance, notes, collection, extraFields, modified, transcripts, Map.of());
    }

    /** A record with no collection of its own, no extra fields, no modification time yet and no transcripts. */
    public ArchiveRecord(String id, DublinCore dublinCore, TechnicalMetadata technical, Fixity fixity,
            String fullText, String textLanguage, Integer textTruncatedAt, Access access,
            List<Derivative> derivatives, Provenance provenance, List<String> notes) {
        this(id, dublinCore, technical, fixity, fullText, textLanguage, textTruncatedAt, access,
                derivatives, provenance, notes, null, null, null, List.of(), Map.of());
    }

    /** The title to show: the Dublin Core title, else the original file name made printable. */
    public String displayTitle() {
        if (dublinCore.title() != null) {
            return dublinCore.title();
        }
        return provenance != null ? PrintableText.of(provenance.originalFileName()) : id;
    }

    /** The record's collection: the sheet's, else the name of the submission it came in. */
    public String collectionName() {
        if (collection != null) {
            return collection;
        }
        return provenance == null ? null : provenance.submission();
    }

    /** When the record last changed: {@link #modified}, else when it was ingested. */
    public Instant lastModified() {
        if (modified != null) {
            return modified;
        }
        return provenance == null ? null : provenance.ingestedAt();
    }

    /** This record with another access level, changed at the given instant. */
    public ArchiveRecord withAccess(Access newAccess, Instant changedAt) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, fullText, textLanguage,
                textTruncatedAt, newAccess, derivatives, provenance, notes, collection, extraFields,
                changedAt, transcripts, previewsNotMade);
    }

    /** This record with another full text (the index keeps the text apart from the rest). */
    public ArchiveRecord withFullText(String text) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, text, textLanguage,
                textTruncatedAt, access, derivatives, provenance, notes, collection, extraFields,
                modified, transcripts, previewsNotMade);
    }

    /** This record with other derivatives and previews found impossible, e.g. once a preview is drawn. */
    public ArchiveRecord withPreviews(List<Derivative> replacement, Map<PreviewType, String> notMade) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, fullText, textLanguage,
                textTruncatedAt, access, replacement, provenance, notes, collection, extraFields,
                modified, transcripts, notMade);
    }

    /** This record with other notes. */
    public ArchiveRecord withNotes(List<String> replacement) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, fullText, textLanguage,
                textTruncatedAt, access, derivatives, provenance, replacement, collection, extraFields,
                modified, transcripts, previewsNotMade);
    }

    /** This record with the given transcripts instead of its own. */
    public ArchiveRecord withTranscripts(List<Transcript> replacement) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, fullText, textLanguage,
                textTruncatedAt, access, derivatives, provenance, notes, collection, extraFields,
                modified, replacement, previewsNotMade);
    }

    /** The first derivative of the given kind, if any. */
    public java.util.Optional<Derivative> derivative(DerivativeKind kind) {
        return derivatives.stream().filter(d -> d.kind() == kind).findFirst();
    }
}
