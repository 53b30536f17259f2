package org.disan.search.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1995|1995|19950000", "1995-04-30|1995|19950430", "1995-04|1995|19950400",
        "circa 1930|1930|19300000", "1930s|1930|19300000", "30/4/1975|1975|19750430",
        "1995-13-40|1995|19950000", "khoảng 1960|1960|19600000", "2024/2026|2024|20240000",
        "1982-07-15T10:00:00Z|1982|19820715", "thập niên 1950|1950|19500000",
    })
    void readsTheYearAndASortKey(String date, int year, long sortKey) {
        assertThat(RecordDates.year(date)).hasValue(year);
        assertThat(RecordDates.sortKey(date)).hasValue(sortKey);
    }

    @Test
    void undatedRecordsHaveNoYear() {
        assertThat(RecordDates.year(null)).isEmpty();
        assertThat(RecordDates.year("không rõ")).isEmpty();
        assertThat(RecordDates.sortKey("12345")).isEmpty();
    }

    @Test
    void decadesAreLabelledByTheirFirstYear() {
        assertThat(RecordDates.decade(1995)).isEqualTo("1990s");
        assertThat(RecordDates.decade(2000)).isEqualTo("2000s");
    }
}
