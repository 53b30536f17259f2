package org.disan.batch.web.oai;

import static org.assertj.core.api.Assertions.assertThat;

import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.lucene.LuceneArchiveIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDCC's harvester takes a 1,000-record archive page by page, then incrementally, and finds
 * exactly the public records, also while an ingest adds records between its pages.
 */
class OaiHarvestTest {

    static final Instant FIRST_INGEST = Instant.parse("2026-11-20T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    ArchiveIndex index;

    @BeforeEach
    void open() {
        index = LuceneArchiveIndex.open(folder, CLOCK);
    }

    @AfterEach
    void close() {
        index.close();
    }

    /** 1,000 records a few per second; every seventh restricted, every eleventh under a running embargo. */
    static List<ArchiveRecord> archive(int count, Instant start) {
        List<ArchiveRecord> records = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Access access = n % 7 == 3 ? HarvestRecords.RESTRICTED
                    : n % 11 == 5 ? HarvestRecords.embargoedUntil(LocalDate.of(2027, 6, 1)) : Access.PUBLIC;
            records.add(HarvestRecords.record(n, access, n % 2 == 0 ? "Bảo tàng Hà Nội" : "ca-tru",
                    start.plusSeconds(n / 3)));
        }
        return records;
    }

    static Set<String> publicIds(List<ArchiveRecord> records) {
        Set<String> ids = new HashSet<>();
        records.stream().filter(r -> r.access().isPublicOn(LocalDate.now(CLOCK))).forEach(r -> ids.add("oai:disan:" + r.id()));
        return ids;
    }

    @Test
    void harvestsEveryPublicRecordOncePageByPageThenIncrementally() throws Exception {
        List<ArchiveRecord> first = archive(1000, FIRST_INGEST);
        index.index(first);
        InProcessOaiClient client = client();

        List<String> harvested = harvest(client, null);
        assertThat(harvested).doesNotHaveDuplicates();
        assertThat(new HashSet<>(harvested)).isEqualTo(publicIds(first));
        assertThat(client.answers).hasSize((publicIds(first).size() + 99) / 100);

        Instant lastHarvest = FIRST_INGEST.plusSeconds(3600);
        List<ArchiveRecord> more = new ArrayList<>();
        for (int n = 1000; n < 1040; n++) {
            more.add(HarvestRecords.record(n, n % 4 == 0 ? HarvestRecords.RESTRICTED : Access.PUBLIC, "ca-tru",
                    lastHarvest.plusSeconds(n)));
        }
        index.index(more);
        List<String> incremental = harvest(client(), lastHarvest);
        assertThat(incremental).doesNotHaveDuplicates();
        assertThat(new HashSet<>(incremental)).isEqualTo(publicIds(more));
    }

    @Test
    void anIngestDuringTheHarvestNeitherShiftsNorRepeatsItsPages() throws Exception {
        List<ArchiveRecord> first = archive(1000, FIRST_INGEST);
        index.index(first);
        InProcessOaiClient client = client();
        AtomicInteger request = new AtomicInteger();
        Instant during = Instant.now(CLOCK).plusSeconds(1);
        List<ArchiveRecord> arriving = new ArrayList<>();
        // between pages, new records come in: some after the harvest's until, some (a clock that lags)
        // in the middle of the range already harvested
        client.beforeEachRequest = () -> {
            int n = request.getAndIncrement();
            if (n > 0) {
                ArchiveRecord late = HarvestRecords.record(5000 + n, Access.PUBLIC, "ca-tru", during.plusSeconds(n));
                ArchiveRecord early = HarvestRecords.record(6000 + n, Access.PUBLIC, "ca-tru", FIRST_INGEST.plusSeconds(1));
                arriving.add(late);
                index.index(List.of(late, early));
            }
        };
        List<String> harvested = harvest(client, null);
        assertThat(harvested).doesNotHaveDuplicates();
        Set<String> expected = publicIds(first);
        assertThat(harvested).containsAll(expected);
        assertThat(new HashSet<>(harvested)).doesNotContainAnyElementsOf(publicIds(arriving));
    }

    @Test
    void anIncrementalHarvestHearsOfAccessChangedSinceTheLastOne() throws Exception {
        List<ArchiveRecord> first = archive(100, FIRST_INGEST);
        index.index(first);
        harvest(client(), null);

        Instant lastHarvest = FIRST_INGEST.plusSeconds(3600);
        ArchiveRecord withdrawn = first.get(0).withAccess(HarvestRecords.RESTRICTED, lastHarvest.plusSeconds(5));
        ArchiveRecord opened = first.get(3).withAccess(Access.PUBLIC, lastHarvest.plusSeconds(9));
        index.index(List.of(withdrawn, opened));
        List<String> headers = new ArrayList<>();
        for (Record record : harvestRecords(client(), lastHarvest)) {
            headers.add(record.getHeader().getIdentifier() + " " + record.getHeader().getDatestamp()
                    + (record.getHeader().isDeleted() ? " deleted" : ""));
        }
        assertThat(headers).containsExactly(
                "oai:disan:" + withdrawn.id() + " " + lastHarvest.plusSeconds(5) + " deleted",
                "oai:disan:" + opened.id() + " " + lastHarvest.plusSeconds(9));
    }

    InProcessOaiClient client() {
        OaiProvider provider = new OaiProvider(index, OaiSettings.defaults(), "http://archive.example/oai",
                "http://archive.example", CLOCK);
        return new InProcessOaiClient(provider);
    }

    /** The identifiers a harvest takes, each of a public record with its metadata. */
    static List<String> harvest(InProcessOaiClient client, Instant from) throws Exception {
        List<String> identifiers = new ArrayList<>();
        for (Record record : harvestRecords(client, from)) {
            assertThat(record.getHeader().isDeleted()).isFalse();
            assertThat(record.getMetadata()).isNotNull();
            identifiers.add(record.getHeader().getIdentifier());
        }
        return identifiers;
    }

    static List<Record> harvestRecords(InProcessOaiClient client, Instant from) throws Exception {
        ServiceProvider harvester = new ServiceProvider(new Context()
                .withBaseUrl("http://archive.example/oai")
                .withGranularity(io.gdcc.xoai.model.oaipmh.Granularity.Second)
                .withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC)
                .withOAIClient(client));
        ListRecordsParameters parameters = ListRecordsParameters.request().withMetadataPrefix("oai_dc");
        if (from != null) {
            parameters.withFrom(from);
        }
        List<Record> records = new ArrayList<>();
        for (Iterator<Record> next = harvester.listRecords(parameters); next.hasNext(); ) {
            records.add(next.next());
        }
        return records;
    }
}
