package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.Fixity;
import org.disan.ingest.model.Provenance;
import org.disan.ingest.model.TechnicalMetadata;
import org.disan.search.document.RecordDatestamp;
import org.disan.search.harvest.HarvestCursor;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;
import org.disan.search.harvest.HarvestSet;
import org.junit.jupiter.api.Test;

/** How every backend pages a harvest: datestamp ranges, sets, (datestamp, id) order, access. */
public abstract class HarvestContract extends IndexContractBase {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    /** Record n, ingested at START + n / 3 seconds (three share each second), in "Phố cổ" or "ca-tru". */
    static ArchiveRecord numbered(int n, Access access, Instant ingested) {
        String id = String.format("%064x", 1000 + n);
        DublinCore dc = new DublinCore(null, "Bản ghi " + n, List.of(), List.of(), null, null, List.of(), null,
                "Text", null, null, "vi", null, List.of(), null);
        return new ArchiveRecord(id, dc, new TechnicalMetadata("text/plain", null, 10, null), Fixity.sha256(id),
                "", "vi", null, access, List.of(),
                new Provenance(n % 2 == 0 ? "Phố cổ" : "ca-tru", n + ".txt", ingested, 1L), List.of());
    }

    static List<ArchiveRecord> archive() {
        List<ArchiveRecord> records = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            Access access = n % 10 == 4 ? new Access(AccessLevel.RESTRICTED, null)
                    : n % 10 == 7 ? new Access(AccessLevel.EMBARGOED, LocalDate.of(2099, 1, 1)) : Access.PUBLIC;
            records.add(numbered(n, access, START.plusSeconds(n / 3)));
        }
        return records;
    }

    static List<String> publicInOrder(List<ArchiveRecord> records) {
        return records.stream().filter(r -> r.access().level() == AccessLevel.PUBLIC)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .sorted((a, b) -> Long.compare(RecordDatestamp.epochSecond(a), RecordDatestamp.epochSecond(b)))
                .map(ArchiveRecord::id).toList();
    }

    static List<String> harvestAll(ArchiveIndex index, HarvestQuery first, int pageSize) {
        List<String> ids = new ArrayList<>();
        HarvestCursor after = first.after();
        while (true) {
            HarvestPage page = index.harvest(new HarvestQuery(first.from(), first.until(), first.set(),
                    first.setValues(), after, pageSize));
            page.records().forEach(r -> ids.add(r.id()));
            if (page.records().size() < pageSize) {
                return ids;
            }
            ArchiveRecord last = page.records().get(page.records().size() - 1);
            after = new HarvestCursor(RecordDatestamp.epochSecond(last), last.id());
        }
    }

    @Test
    void harvestPagesGoInDatestampThenIdOrderWithoutGapsOrRepeats() {
        try (ArchiveIndex index = newIndex()) {
            List<ArchiveRecord> records = archive();
            index.index(records);
            assertThat(index.harvest(new HarvestQuery(null, null, null, null, null, 7)).total()).isEqualTo(24);
            assertThat(harvestAll(index, new HarvestQuery(null, null, null, null, null, 7), 7))
                    .containsExactlyElementsOf(publicInOrder(records));
        }
    }

    @Test
    void harvestRangesAreInclusiveAndSetsNarrow() {
        try (ArchiveIndex index = newIndex()) {
            List<ArchiveRecord> records = archive();
            index.index(records);
            long from = START.plusSeconds(2).getEpochSecond();
            long until = START.plusSeconds(4).getEpochSecond();
            HarvestPage range = index.harvest(new HarvestQuery(from, until, null, null, null, 100));
            assertThat(range.records()).extracting(ArchiveRecord::id).containsExactlyElementsOf(
                    publicInOrder(records.subList(6, 15)));
            HarvestPage old = index.harvest(new HarvestQuery(null, null, HarvestSet.SUBMISSION, List.of("Phố cổ"), null, 100));
            assertThat(old.total()).isEqualTo(12);
            assertThat(old.records()).allSatisfy(r -> assertThat(r.provenance().submission()).isEqualTo("Phố cổ"));
            assertThat(index.harvest(new HarvestQuery(null, null, HarvestSet.COLLECTION, List.of("ca-tru"), null, 100)).total())
                    .isEqualTo(12);
            assertThat(index.harvest(new HarvestQuery(null, null, HarvestSet.COLLECTION, List.of(), null, 100)).total()).isZero();
            assertThat(index.harvestSetValues(HarvestSet.SUBMISSION)).containsExactlyInAnyOrder("Phố cổ", "ca-tru");
        }
    }

    @Test
    void aHarvestLeavesOutRestrictedAndEmbargoedRecordsAndTheirSets() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(numbered(1, Access.PUBLIC, START),
                    numbered(2, new Access(AccessLevel.RESTRICTED, null), START),
                    numbered(3, new Access(AccessLevel.EMBARGOED, LocalDate.of(2099, 1, 1)), START)));
            HarvestPage all = index.harvest(new HarvestQuery(null, null, null, null, null, 10));
            assertThat(all.records()).extracting(ArchiveRecord::id).containsExactly(numbered(1, Access.PUBLIC, START).id());
            assertThat(index.harvestSetValues(HarvestSet.COLLECTION)).containsExactly("ca-tru");
        }
    }

    @Test
    void anAccessChangeMovesTheDatestampAndAWithdrawnRecordIsStillHanded() {
        try (ArchiveIndex index = newIndex()) {
            Access restricted = new Access(AccessLevel.RESTRICTED, null);
            ArchiveRecord unchanged = numbered(1, Access.PUBLIC, START);
            ArchiveRecord withdrawn = numbered(2, Access.PUBLIC, START);
            ArchiveRecord opened = numbered(3, restricted, START);
            index.index(List.of(unchanged, withdrawn, opened));
            Instant changed = START.plusSeconds(3600).plusMillis(400);
            index.index(List.of(withdrawn.withAccess(restricted, changed), opened.withAccess(Access.PUBLIC, changed.plusSeconds(1))));

            HarvestPage since = index.harvest(new HarvestQuery(START.plusSeconds(3600).getEpochSecond(), null, null, null, null, 10));
            assertThat(since.records()).extracting(ArchiveRecord::id).containsExactly(withdrawn.id(), opened.id());
            assertThat(since.records()).extracting(RecordDatestamp::epochSecond)
                    .containsExactly(changed.getEpochSecond(), changed.getEpochSecond() + 1);
            assertThat(since.records()).extracting(RecordDatestamp::withdrawn).containsExactly(true, false);
            assertThat(index.harvest(new HarvestQuery(null, START.getEpochSecond(), null, null, null, 10)).records())
                    .extracting(ArchiveRecord::id).containsExactly(unchanged.id());
        }
    }

    @Test
    void theCursorStaysPutWhenRecordsBeforeItChangeOrNewOnesArrive() {
        try (ArchiveIndex index = newIndex()) {
            List<ArchiveRecord> records = archive();
            index.index(records);
            long until = START.plusSeconds(60).getEpochSecond();
            HarvestPage first = index.harvest(new HarvestQuery(null, until, null, null, null, 5));
            ArchiveRecord last = first.records().get(4);
            // a record already sent changes (its datestamp moves past until), another arrives late
            ArchiveRecord moved = first.records().get(0);
            index.index(List.of(numbered(Integer.parseInt(moved.displayTitle().substring(8)), Access.PUBLIC,
                    START.plusSeconds(3600)), numbered(99, Access.PUBLIC, START.plusSeconds(3600))));
            List<String> rest = harvestAll(index, new HarvestQuery(null, until, null, null,
                    new HarvestCursor(RecordDatestamp.epochSecond(last), last.id()), 5), 5);
            List<String> expected = publicInOrder(records);
            assertThat(rest).containsExactlyElementsOf(expected.subList(5, expected.size()));
        }
    }
}
