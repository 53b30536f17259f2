package org.disan.batch.web;

import java.io.IOException;
import java.util.List;
import org.disan.ingest.PreviewMaker;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.springframework.stereotype.Component;

/**
 * Makes a record's preview when it is first asked for and puts the record, now listing it (or
 * saying why it cannot be made), back into the index, so that pages and the API read it from
 * there like every other record.
 */
@Component
class FirstViewPreviews {

    private final PreviewMaker previews;
    private final ArchiveIndex index;

    FirstViewPreviews(PreviewMaker previews, ArchiveIndex index) {
        this.previews = previews;
        this.index = index;
    }

    /**
     * The record with its preview made, if its type calls for one it does not have yet; else the
     * record as it is.
     *
     * @throws IOException when the store cannot be read or written
     */
    ArchiveRecord withPreview(ArchiveRecord record) throws IOException {
        if (!PreviewMaker.wanted(record)) {
            return record;
        }
        ArchiveRecord made = previews.make(record);
        if (!made.equals(record)) {
            index.index(List.of(made));
        }
        return made;
    }
}
