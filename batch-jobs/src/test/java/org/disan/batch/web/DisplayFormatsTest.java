package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final DisplayFormats formats = new DisplayFormats();

    @Test
    void anIsoDateTimeIsWrittenOutAsADateAndTimeNotShownRaw() {
        String english = formats.date("1982-07-15T10:00:00Z", Locale.ENGLISH);
        String vietnamese = formats.date("1982-07-15T10:00:00Z", VI);

        assertThat(english).contains("1982").contains("10:00").doesNotContain("T10").doesNotContain("Z");
        assertThat(vietnamese).contains("1982").contains("10:00").doesNotContain("T10");
    }

    @Test
    void isoDaysAndMonthsAreWrittenOutInTheInterfacesLanguage() {
        assertThat(formats.date("2019-10-31", Locale.ENGLISH)).isEqualTo("October 31, 2019");
        assertThat(formats.date("2019-10-31", VI)).contains("31").contains("10").contains("2019").doesNotContain("October");
        assertThat(formats.date("1972-12", Locale.ENGLISH)).isEqualTo("December 1972");
    }

    @Test
    void datesWrittenAnyOtherWayAreShownAsWritten() {
        assertThat(formats.date("khoảng 1960", VI)).isEqualTo("khoảng 1960");
        assertThat(formats.date("2024/2026", Locale.ENGLISH)).isEqualTo("2024/2026");
        assertThat(formats.date("1010", Locale.ENGLISH)).isEqualTo("1010");
        assertThat(formats.date(null, Locale.ENGLISH)).isNull();
    }

    @Test
    void durationsAreMinutesAndSecondsOrHours() {
        assertThat(formats.duration("14.031")).isEqualTo("0:14");
        assertThat(formats.duration("75.6")).isEqualTo("1:16");
        assertThat(formats.duration("3725")).isEqualTo("1:02:05");
        assertThat(formats.duration("unknown")).isEqualTo("unknown");
    }

    @Test
    void sizesAreInKilobytesAndMegabytesWithTheLanguagesDecimalMark() {
        assertThat(formats.size(512, Locale.ENGLISH)).isEqualTo("512 B");
        assertThat(formats.size(619_008, Locale.ENGLISH)).isEqualTo("604.5 KB");
        assertThat(formats.size(5_452_595, Locale.ENGLISH)).isEqualTo("5.2 MB");
        assertThat(formats.size(5_452_595, VI)).isEqualTo("5,2 MB");
    }

    @Test
    void aMomentIsShownToTheMinuteInUtcNotAsANanosecondTimestamp() {
        String shown = formats.dateTime(Instant.parse("2026-01-15T10:00:12.123456789Z"), Locale.ENGLISH);

        assertThat(shown).isEqualTo("Jan 15, 2026, 10:00 AM UTC");
    }
}
