package org.disan.ingest.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.ExtraField;

/**
 * One file of a submission, with what the submission's metadata sheet says about it.
 *
 * @param path where the bytes can be read now
 * @param relativePath the file's path inside the submission, NFC, with forward slashes
 * @param metadata the sheet's Dublin Core for this file, {@link DublinCore#EMPTY} when none
 * @param access the sheet's access level, else the submission's default access
 * @param collection the sheet's collection for the file, or {@code null}
 * @param extraFields the sheet's other columns for the file
 * @param transcripts the cue files given for this recording (by name or by its sheet row)
 */
public record SubmittedFile(Path path, String relativePath, long sizeBytes, DublinCore metadata,
        Access access, String collection, List<ExtraField> extraFields, List<TranscriptFile> transcripts) {

    public SubmittedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        metadata = metadata == null ? DublinCore.EMPTY : metadata;
        access = access == null ? Access.PUBLIC : access;
        extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
        transcripts = transcripts == null ? List.of() : List.copyOf(transcripts);
    }

    public SubmittedFile(Path path, String relativePath, long sizeBytes, DublinCore metadata, Access access) {
        this(path, relativePath, sizeBytes, metadata, access, null, List.of(), List.of());
    }

    /** The file's name without its folders. */
    public String fileName() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }
}
