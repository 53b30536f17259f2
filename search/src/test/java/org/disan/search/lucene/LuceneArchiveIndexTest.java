package org.disan.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disan.search.RecordBuilder.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.disan.search.ArchiveIndex;
import org.disan.search.ArchiveIndexContractTest;
import org.disan.search.IndexUnavailableException;
import org.disan.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract, run against the embedded Lucene index in a temporary folder, and what only Lucene has. */
class LuceneArchiveIndexTest extends ArchiveIndexContractTest {

    @TempDir
    Path folder;

    private final List<LuceneArchiveIndex> holders = new ArrayList<>();

    @Override
    protected ArchiveIndex newIndex() {
        try {
            return LuceneArchiveIndex.open(Files.createTempDirectory("disan-index-").resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A second index on a folder whose write lock another open index holds. */
    @Override
    protected ArchiveIndex unavailableIndex() {
        LuceneArchiveIndex holder = (LuceneArchiveIndex) newIndex(); // creating the index leaves its writer open
        holders.add(holder);
        return LuceneArchiveIndex.open(holder.location());
    }

    @AfterAll
    void closeHolders() {
        holders.forEach(LuceneArchiveIndex::close);
    }

    @Test
    void recordsSurviveClosingAndReopeningTheFolder() {
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inDataFolder(folder)) {
            index.index(List.of(record("kept").title("Chèo Tàu").build()));
        }

        try (LuceneArchiveIndex reopened = LuceneArchiveIndex.inDataFolder(folder)) {
            assertThat(reopened.location()).isEqualTo(folder.resolve("index"));
            assertThat(reopened.count()).isEqualTo(1);
            assertThat(reopened.search(SearchRequest.of("cheo tau", 5)).total()).isEqualTo(1);
        }
    }

    @Test
    void anotherProcessMaySearchWhileOneWritesButNotWriteToo() throws InterruptedException {
        try (LuceneArchiveIndex writing = LuceneArchiveIndex.inDataFolder(folder);
                LuceneArchiveIndex reading = LuceneArchiveIndex.inDataFolder(folder)) {
            writing.index(List.of(record("shared").title("Quan họ Bắc Ninh").build()));
            Thread.sleep(1_100); // readers look for other writers' commits once a second

            assertThat(reading.search(SearchRequest.of("quan ho", 5)).total()).isEqualTo(1);
            assertThatThrownBy(() -> reading.index(List.of(record("other").build())))
                    .isInstanceOf(IndexUnavailableException.class)
                    .hasMessageContaining("being written by another disan process");
        }
    }

    @Test
    void embargoesEndOnTheClocksDay() {
        Clock dayBefore = Clock.fixed(LocalDate.of(2030, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Clock endDay = Clock.fixed(LocalDate.of(2030, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(folder.resolve("a"), dayBefore)) {
            index.index(List.of(record("e").title("Ca trù").embargoedUntil(LocalDate.of(2030, 7, 1)).build()));
            assertThat(index.search(SearchRequest.of("ca tru", 5)).total()).isZero();
        }
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(folder.resolve("a"), endDay)) {
            assertThat(index.search(SearchRequest.of("ca tru", 5)).total()).isEqualTo(1);
        }
    }

    @Test
    void aClosedIndexSaysSo() {
        LuceneArchiveIndex index = LuceneArchiveIndex.open(folder.resolve("closed"));
        index.close();
        index.close();

        assertThatThrownBy(index::count).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
