package org.disan.batch.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.junit.jupiter.api.Test;

class SyntheticArchiveTest {

    @Test
    void theSameSeedMakesTheSameRecordsAndAnotherSeedOthers() {
        List<ArchiveRecord> first = new SyntheticArchive(7, 50).records(0, 50);

        assertThat(new SyntheticArchive(7, 50).records(0, 50)).isEqualTo(first);
        assertThat(new SyntheticArchive(8, 50).record(3).id()).isNotEqualTo(first.get(3).id());
        assertThat(first).extracting(ArchiveRecord::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{64}"));
    }

    @Test
    void recordsLookLikeAnArchiveOfVietnameseAndEnglishDocuments() {
        List<ArchiveRecord> records = new SyntheticArchive(20261125, 2000).records(0, 2000);

        long restricted = records.stream().filter(r -> r.access().level() == AccessLevel.RESTRICTED).count();
        long vietnamese = records.stream().filter(r -> "vi".equals(r.dublinCore().language())).count();
        assertThat(restricted).isBetween(60L, 140L);
        assertThat(vietnamese).isBetween(1000L, 1400L);
        assertThat(records).allSatisfy(record -> {
            int words = record.fullText().split("\\s+").length;
            assertThat(words).isBetween(200, 400);
            assertThat(Normalizer.isNormalized(record.fullText(), Normalizer.Form.NFC)).isTrue();
            assertThat(record.dublinCore().title()).isNotBlank();
            assertThat(record.dublinCore().creators()).isNotEmpty();
            assertThat(record.dublinCore().subjects()).isNotEmpty();
            assertThat(record.dublinCore().coverage()).hasSize(1);
            assertThat(record.dublinCore().date()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }
}
