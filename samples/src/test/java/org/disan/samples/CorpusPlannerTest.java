package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusPlannerTest {

    @Test
    void countsFollowTheMixExactly() {
        // when a thousand files are planned with the default mix
        Map<FileKind, Integer> counts = CorpusPlanner.counts(1000, CorpusSpec.defaultMix());

        // then each kind gets its share (one guaranteed, the rest by weight) and nothing is lost
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(counts.get(FileKind.TEXT_PDF)).isBetween(345, 352);
        assertThat(counts.get(FileKind.JPEG)).isBetween(216, 223);
        assertThat(counts.get(FileKind.MP4)).isBetween(19, 22);
    }

    @Test
    void everyWeightedKindAppearsOnceThereIsRoom() {
        // when fewer files than it takes for the weights alone to reach every kind
        Map<FileKind, Integer> counts = CorpusPlanner.counts(FileKind.values().length, CorpusSpec.defaultMix());

        // then each kind still appears exactly once; with no room, nothing is forced
        assertThat(counts).hasSize(FileKind.values().length).allSatisfy((kind, count) -> assertThat(count).isEqualTo(1));
        assertThat(CorpusPlanner.counts(3, CorpusSpec.defaultMix()).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(CorpusPlanner.counts(0, CorpusSpec.defaultMix()).values()).allMatch(count -> count == 0);
    }

    @Test
    void planIsDeterministicAndCataloguedInNfc() {
        // given two plans from the same seed and one from another
        List<PlannedFile> first = CorpusPlanner.plan(CorpusSpec.of(1000, 42), CorpusSpec.defaultMix());
        List<PlannedFile> second = CorpusPlanner.plan(CorpusSpec.of(1000, 42), CorpusSpec.defaultMix());
        List<PlannedFile> other = CorpusPlanner.plan(CorpusSpec.of(1000, 43), CorpusSpec.defaultMix());

        // then the same seed gives the same plan, another seed another order
        assertThat(second).isEqualTo(first);
        assertThat(other.stream().map(PlannedFile::kind).toList()).isNotEqualTo(first.stream().map(PlannedFile::kind).toList());
        // and about one record in twenty is restricted, every text is NFC, every identifier unique
        long restricted = first.stream().filter(f -> f.record().access().equals(CatalogueRecord.RESTRICTED)).count();
        assertThat(restricted).isBetween(25L, 80L);
        assertThat(first).allSatisfy(file -> {
            assertThat(Normalizer.isNormalized(file.record().title(), Normalizer.Form.NFC)).isTrue();
            assertThat(Normalizer.isNormalized(file.record().description(), Normalizer.Form.NFC)).isTrue();
        });
        assertThat(first.stream().map(f -> f.record().identifier()).distinct()).hasSize(1000);
        assertThat(first.stream().map(PlannedFile::relativePath).distinct()).hasSize(1000);
    }

    @Test
    void slugsAreAsciiFileNames() {
        assertThat(CatalogueWriter.slug("Văn Miếu – Quốc Tử Giám")).isEqualTo("van-mieu-quoc-tu-giam");
        assertThat(CatalogueWriter.slug("làng cổ Đường Lâm")).isEqualTo("lang-co-duong-lam");
    }
}
