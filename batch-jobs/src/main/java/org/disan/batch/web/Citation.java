package org.disan.batch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;

/**
 * How to cite a record: creators, title, date, the archive, the permalink and the day it was read.
 * The parts stay separate so the page can put each in its own (escaped) element.
 */
record Citation(String creators, String title, String date, String permalink, LocalDate accessed) {

    static Citation of(ArchiveRecord record, String permalink, LocalDate today) {
        List<String> creators = new ArrayList<>(record.dublinCore().creators());
        return new Citation(String.join("; ", creators), record.displayTitle(), record.dublinCore().date(),
                permalink, today);
    }

    public boolean hasCreators() {
        return !creators.isEmpty();
    }
}
