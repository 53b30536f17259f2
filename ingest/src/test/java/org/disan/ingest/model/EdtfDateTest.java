package org.disan.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfDateTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '=', value = {
        "1982-07-15T10:00:00Z = 1982-07-15",
        "1982-07-15T23:30:00+07:00 = 1982-07-15",
        "1982-07-15 = 1982-07-15",
        "1982-07 = 1982-07",
        "1982 = 1982",
        "năm 1982 = 1982",
        "15/7/1982 = 1982-07-15",
        "15.07.1982 = 1982-07-15",
        "7/1982 = 1982-07",
        "ngày 15 tháng 7 năm 1982 = 1982-07-15",
        "khoảng 1960 = 1960~",
        "Khoảng năm 1960 = 1960~",
        "circa 1930 = 1930~",
        "c. 1930 = 1930~",
        "1945? = 1945?",
        "2024/2026 = 2024/2026",
        "2024 - 2026 = 2024/2026",
        "từ năm 2024 đến năm 2026 = 2024/2026",
        "1960s = 196X",
        "thập niên 1960 = 196X",
    })
    void writtenDatesBecomeEdtf(String written, String edtf) {
        assertThat(EdtfDate.normalise(written)).contains(edtf);
    }

    @ParameterizedTest
    @CsvSource({"mùa xuân", "31/2/1982", "2026/2024", "''", "13/1982"})
    void datesItCannotReadGiveNothing(String written) {
        assertThat(EdtfDate.normalise(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1960~, 1960", "196X, 1960", "2024/2026, 2024", "1982-07-15, 1982"})
    void theFirstYearOfAnEdtfDate(String edtf, int year) {
        assertThat(EdtfDate.firstYear(edtf)).isEqualTo(year);
    }
}
