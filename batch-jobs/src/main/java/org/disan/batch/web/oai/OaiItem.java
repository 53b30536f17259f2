package org.disan.batch.web.oai;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.document.RecordDatestamp;

/**
 * A record as a harvest shows it: public records with their Dublin Core, every other record the
 * index hands a harvest (withdrawn ones) as a deleted header without metadata.
 */
final class OaiItem implements Item {

    private final ArchiveRecord record;
    private final OaiIdentifiers identifiers;
    private final RecordLinks links;
    private final boolean deleted;

    OaiItem(ArchiveRecord record, OaiIdentifiers identifiers, RecordLinks links, LocalDate today) {
        this.record = record;
        this.identifiers = identifiers;
        this.links = links;
        this.deleted = !record.access().isPublicOn(today);
    }

    @Override
    public String getIdentifier() {
        return identifiers.of(record.id());
    }

    @Override
    public Instant getDatestamp() {
        return RecordDatestamp.of(record);
    }

    @Override
    public List<Set> getSets() {
        return OaiSets.of(record);
    }

    @Override
    public boolean isDeleted() {
        return deleted;
    }

    @Override
    public Metadata getMetadata() {
        return deleted ? null : OaiDcMetadata.of(record, links);
    }
}
