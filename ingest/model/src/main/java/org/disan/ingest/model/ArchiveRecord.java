package org.disan.ingest.model;

import java.util.List;
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
 * @param transcripts time-coded transcripts of a recording, kept beside its original
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
        List<Transcript> transcripts) {

    public ArchiveRecord {
        Objects.requireNonNull(id, "id");
        dublinCore = dublinCore == null ? DublinCore.EMPTY : dublinCore;
        fullText = fullText == null ? "" : fullText;
        access = access == null ? Access.PUBLIC : access;
        derivatives = derivatives == null ? List.of() : List.copyOf(derivatives);
        notes = notes == null ? List.of() : List.copyOf(notes);
        transcripts = transcripts == null ? List.of() : List.copyOf(transcripts);
    }

    /** This record with another full text (the index keeps the text apart from the rest). */
    public ArchiveRecord withFullText(String text) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, text, textLanguage, textTruncatedAt,
                access, derivatives, provenance, notes, transcripts);
    }

    /** This record with other derivatives and notes, e.g. once a preview is made. */
    public ArchiveRecord withDerivatives(List<Derivative> replacement, List<String> replacementNotes) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, fullText, textLanguage, textTruncatedAt,
                access, replacement, provenance, replacementNotes, transcripts);
    }

    /** This record with the given transcripts instead of its own. */
    public ArchiveRecord withTranscripts(List<Transcript> replacement) {
        return new ArchiveRecord(id, dublinCore, technical, fixity, fullText, textLanguage, textTruncatedAt,
                access, derivatives, provenance, notes, replacement);
    }

    /** The title to show: the Dublin Core title, else the original file name. */
    public String displayTitle() {
        if (dublinCore.title() != null) {
            return dublinCore.title();
        }
        return provenance != null ? provenance.originalFileName() : id;
    }

    /** The first derivative of the given kind, if any. */
    public java.util.Optional<Derivative> derivative(DerivativeKind kind) {
        return derivatives.stream().filter(d -> d.kind() == kind).findFirst();
    }
}
