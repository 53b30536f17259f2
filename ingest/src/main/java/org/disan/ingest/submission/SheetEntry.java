package org.disan.ingest.submission;

import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.ExtraField;

/**
 * What one usable row of a sheet says about one file.
 *
 * @param fileRef the file the row names, in the spelling of {@link RelativePaths#normalise}
 * @param access the row's access, or {@code null} when it gives none (the default applies)
 * @param transcripts the cue files the row names for its recording, in the spelling of
 *     {@link RelativePaths#normalise}
 */
record SheetEntry(long line, String fileRef, DublinCore dublinCore, Access access, String collection,
        List<ExtraField> extraFields, List<String> transcripts) {

    SheetEntry {
        transcripts = transcripts == null ? List.of() : List.copyOf(transcripts);
    }
}
