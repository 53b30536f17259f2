package org.disan.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "vi, vi", "vi-VN, vi", "VI_vn, vi", "vie, vi", "Tiếng Việt, vi", "tieng viet, vi", "Vietnamese, vi",
        "en-GB, en", "eng, en", "English, en", "Tiếng Anh, en", "zh-Hant-TW, zh-Hant", "Tiếng Pháp, fr",
    })
    void writtenLanguagesBecomeBcp47(String written, String tag) {
        assertThat(LanguageTags.normalise(written)).contains(tag);
    }

    @ParameterizedTest
    @CsvSource({"tiếng địa phương", "xx-YY", "qqq", "''"})
    void unknownLanguagesGiveNothing(String written) {
        assertThat(LanguageTags.normalise(written)).isEmpty();
    }
}
