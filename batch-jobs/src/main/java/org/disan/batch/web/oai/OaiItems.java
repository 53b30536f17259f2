package org.disan.batch.web.oai;

import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.document.RecordDatestamp;
import org.disan.search.harvest.HarvestCursor;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;
import org.disan.search.harvest.HarvestSet;

/**
 * The archive's records for the protocol layer, read from the index a page at a time in
 * (datestamp, id) order. A list's {@code until} is fixed at its first page (now, when the harvester
 * gave none), so records that arrive during a harvest wait for the next one.
 */
final class OaiItems implements ItemRepository {

    private final ArchiveIndex index;
    private final OaiSets sets;
    private final HarvestTokens tokens;
    private final OaiIdentifiers identifiers;
    private final RecordLinks links;
    private final Clock clock;

    OaiItems(ArchiveIndex index, OaiSets sets, HarvestTokens tokens, OaiIdentifiers identifiers, RecordLinks links,
            Clock clock) {
        this.index = index;
        this.sets = sets;
        this.tokens = tokens;
        this.identifiers = identifiers;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return item(identifier);
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        return item(identifier);
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
            int maxLength, ResumptionToken.Value token) {
        ResultsPage<Item> page = getItems(filters, format, maxLength, token);
        return new ResultsPage<>(page.getRequestTokenValue(), page.hasMore(), List.copyOf(page.getList()),
                page.getTotal());
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int maxLength,
            ResumptionToken.Value token) {
        ResumptionToken.Value request = withUntil(token);
        HarvestPage page = index.harvest(query(request, maxLength + 1));
        List<ArchiveRecord> records = page.records();
        boolean more = records.size() > maxLength;
        List<ArchiveRecord> shown = more ? records.subList(0, maxLength) : records;
        if (more) {
            ArchiveRecord last = shown.get(shown.size() - 1);
            tokens.continueAfter(new HarvestCursor(RecordDatestamp.epochSecond(last), last.id()));
        }
        LocalDate today = LocalDate.now(clock);
        List<Item> items = new ArrayList<>(shown.size());
        for (ArchiveRecord record : shown) {
            items.add(new OaiItem(record, identifiers, links, today));
        }
        return new ResultsPage<>(request, more, items, (int) Math.min(Integer.MAX_VALUE, page.total()));
    }

    /** A record a harvester may know: public now, or withdrawn (shown deleted); else there is none. */
    private OaiItem item(String identifier) throws IdDoesNotExistException {
        LocalDate today = LocalDate.now(clock);
        return identifiers.recordId(identifier)
                .flatMap(index::get)
                .filter(record -> record.access().isPublicOn(today) || RecordDatestamp.withdrawn(record))
                .map(record -> new OaiItem(record, identifiers, links, today))
                .orElseThrow(() -> new IdDoesNotExistException("No record has the identifier " + identifier + "."));
    }

    private HarvestQuery query(ResumptionToken.Value request, int limit) {
        HarvestSet kind = null;
        List<String> names = List.of();
        if (request.hasSetSpec()) {
            kind = SetSpecs.parse(request.getSetSpec()).map(SetSpecs.Spec::kind).orElse(HarvestSet.COLLECTION);
            names = sets.namesOf(request.getSetSpec());
        }
        Long from = request.hasFrom() ? request.getFrom().getEpochSecond() : null;
        HarvestCursor after = request.getOffset() > 0 ? tokens.resumedCursor().orElse(null) : null;
        return new HarvestQuery(from, request.getUntil().getEpochSecond(), kind, names, after, limit);
    }

    /** The request's values, with {@code until} fixed at now when the harvester gave none. */
    private ResumptionToken.Value withUntil(ResumptionToken.Value token) {
        ResumptionToken.ValueBuilder value = new ResumptionToken.ValueBuilder()
                .withOffset(token.hasOffset() ? token.getOffset() : 0)
                .withMetadataPrefix(token.getMetadataPrefix())
                .withUntil(token.hasUntil() ? token.getUntil() : Instant.now(clock));
        if (token.hasSetSpec()) {
            value.withSetSpec(token.getSetSpec());
        }
        if (token.hasFrom()) {
            value.withFrom(token.getFrom());
        }
        return value.build();
    }
}
