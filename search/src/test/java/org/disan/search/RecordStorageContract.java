package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.search.HeritageCorpus.OLD_QUARTER;
import static org.disan.search.HeritageCorpus.SECRET_FILE;
import static org.disan.search.RecordBuilder.record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.disan.ingest.model.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** How every backend stores records: upserts, reads, deletes, counts, concurrent use. */
public abstract class RecordStorageContract extends SheetFieldsContract {

    @Test
    void anEmptyIndexFindsNothingAndCountsNothing() {
        try (ArchiveIndex index = newIndex()) {
            SearchResult all = index.search(SearchRequest.of("", 10));
            SearchResult some = index.search(SearchRequest.of("ha noi", 10));

            assertThat(index.count()).isZero();
            assertThat(all.total()).isZero();
            assertThat(some.hits()).isEmpty();
            assertThat(some.facets().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
            assertThat(index.get("no-such-record")).isEmpty();
        }
    }

    @Test
    void indexingTheSameRecordTwiceKeepsOneCopyWithTheLatestValues() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(record("r1").title("Đình làng cũ").build()));
            index.index(List.of(record("r1").title("Đình làng mới").build()));

            assertThat(index.count()).isEqualTo(1);
            assertThat(index.search(SearchRequest.of("dinh lang", 10)).hits())
                    .extracting(SearchHit::title).containsExactly("Đình làng mới");
        }
    }

    @Test
    void getReturnsTheRecordAsIndexedWhateverItsAccess() {
        ArchiveRecord secret = HeritageCorpus.records().stream()
                .filter(r -> r.id().equals(SECRET_FILE)).findFirst().orElseThrow();

        assertThat(corpus().get(SECRET_FILE)).contains(secret);
        assertThat(corpus().get(OLD_QUARTER).orElseThrow().derivatives()).hasSize(1);
    }

    @Test
    void aRecordWithNothingButAnIdIsIndexedAndFound() {
        try (ArchiveIndex index = newIndex()) {
            ArchiveRecord bare = new ArchiveRecord("bare-id", null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null);

            index.index(List.of(bare));

            assertThat(index.get("bare-id")).contains(bare);
            assertThat(index.search(SearchRequest.of("", 10)).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.title()).isEqualTo("bare-id"));
        }
    }

    @Test
    void deletedRecordsAreGoneAndDeletingUnknownIdsIsHarmless() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(record("a").title("Hội Lim").build(), record("b").title("Hội Gióng").build()));

            index.delete("a");
            index.delete("never-indexed");

            assertThat(index.count()).isEqualTo(1);
            assertThat(index.get("a")).isEmpty();
            assertThat(index.search(SearchRequest.of("hoi", 10)).hits())
                    .extracting(SearchHit::id).containsExactly("b");
        }
    }

    @Test
    void countIncludesEveryAccessLevel() {
        assertThat(corpus().count()).isEqualTo(HeritageCorpus.records().size());
    }

    @Test
    void searchesRunSafelyWhileRecordsAreBeingIndexed() throws Exception {
        try (ArchiveIndex index = newIndex()) {
            ExecutorService searchers = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    running.add(searchers.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            assertThat(index.search(SearchRequest.of("hội làng", 10)).total())
                                    .isBetween(0L, 60L);
                        }
                    }));
                }
                for (int batch = 0; batch < 12; batch++) {
                    List<ArchiveRecord> records = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        int n = batch * 5 + i;
                        records.add(record("rec-" + n).title("Hội làng số " + n).build());
                    }
                    index.index(records);
                }
                for (Future<?> search : running) {
                    search.get(60, TimeUnit.SECONDS);
                }
            } finally {
                searchers.shutdownNow();
            }

            assertThat(index.count()).isEqualTo(60);
            assertThat(index.search(SearchRequest.of("hoi lang", 100)).total()).isEqualTo(60);
        }
    }
}
