package org.disan.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Hà Nội|ha noi", "HÀ NỘI|ha noi", "ha noi|ha noi", "Đường Đồng Khởi|duong dong khoi",
        "đình|dinh", "Hòa Bình, 1945|hoa binh 1945", "thuỷ|thuy", "Thăng Long–Hà Nội|thang long ha noi",
    })
    void foldsDiacriticsCaseAndPunctuationAway(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String composed = "Chợ Bến Thành";

        assertThat(TextFolding.fold(Normalizer.normalize(composed, Normalizer.Form.NFD)))
                .isEqualTo(TextFolding.fold(composed));
        assertThat(TextFolding.terms(TextForm.EXACT, Normalizer.normalize(composed, Normalizer.Form.NFD)))
                .containsExactly("chợ", "bến", "thành");
    }

    @Test
    void theExactFormKeepsMinimalPairsApartAndMergesTonePlacements() {
        assertThat(TextFolding.terms(TextForm.EXACT, "duong dương đương đường Đường"))
                .containsExactly("duong", "dương", "đương", "đường", "đường");
        assertThat(TextFolding.terms(TextForm.EXACT, "Hòa hoà HOÀ"))
                .containsExactly("hoà", "hoà", "hoà");
    }

    @Test
    void theStemmedFormConflatesEnglishInflections() {
        assertThat(TextFolding.terms(TextForm.STEMMED, "villages village"))
                .containsExactly("villag", "villag");
        assertThat(TextFolding.terms(TextForm.STEMMED, "the museum's potteries"))
                .containsExactly("the", "museum", "potteri");
    }

    @Test
    void blankTextHasNoTerms() {
        assertThat(TextFolding.terms(TextForm.FOLDED, "")).isEmpty();
        assertThat(TextFolding.terms(TextForm.FOLDED, null)).isEmpty();
        assertThat(TextFolding.fold("  — ")).isEmpty();
    }
}
