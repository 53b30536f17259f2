package org.disan.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTonesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "hòa, hoà", "hoà, hoà", "Hòa Bình, Hoà Bình", "HÒA, HOÀ",
        "thủy, thuỷ", "thuỷ, thuỷ", "khỏe, khoẻ", "hóa, hoá", "tòa, toà", "thúy, thuý",
        "qùy, quỳ", "họa, hoạ", "xõa, xoã", "lũy, luỹ", "ủy ban, uỷ ban",
    })
    void movesTheToneOfOaOeUyToTheSecondVowel(String written, String canonical) {
        // given a syllable in either placement, when canonicalised, then the new style comes out
        assertThat(VietnameseTones.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoàng", "thuyền", "ngoài", "xoắn", "huỳnh", "khuỷu", "hồ", "ước",
            "hoa", "goal", "guy", "Hà Nội", "đường"})
    void leavesEverythingElseAlone(String word) {
        assertThat(VietnameseTones.canonical(word)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hòa", "thủy", "khỏe", "đường", "Hà Nội", "hoàng", "HÒA"})
    void acceptsDecomposedInputAndAnswersInNfc(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);

        String canonical = VietnameseTones.canonical(decomposed);

        assertThat(canonical).isEqualTo(VietnameseTones.canonical(word));
        assertThat(Normalizer.isNormalized(canonical, Normalizer.Form.NFC)).isTrue();
    }
}
