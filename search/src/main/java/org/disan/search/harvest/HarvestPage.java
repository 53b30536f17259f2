package org.disan.search.harvest;

import java.util.List;
import org.disan.ingest.model.ArchiveRecord;

/**
 * Records of a harvest in (datestamp, id) order, without their full text, and how many match the
 * query's range and set in all (ignoring the cursor): public records, and withdrawn ones that a
 * harvester must hear of as deleted.
 */
public record HarvestPage(long total, List<ArchiveRecord> records) {

    public HarvestPage {
        records = List.copyOf(records);
    }
}
