package org.disan.batch.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EmbargoSettingsTest {

    /** 2030-01-01 at 20:00 UTC: already 2 January in Hà Nội (UTC+7). */
    private static final Instant EVENING_IN_GREENWICH = Instant.parse("2030-01-01T20:00:00Z");
    private static final Access UNTIL_2_JANUARY = new Access(AccessLevel.EMBARGOED, LocalDate.of(2030, 1, 2));

    @Test
    void byDefaultAnEmbargoEndsByTheCalendarOfUtcWhateverTheServersZone() {
        EmbargoSettings settings = bind(Map.of());

        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(UNTIL_2_JANUARY.isPublicOn(today(settings))).isFalse();
    }

    @Test
    void theArchivesTimeZoneDecidesTheDayAnEmbargoEnds() {
        EmbargoSettings settings = bind(Map.of("disan.embargo.time-zone", "Asia/Ho_Chi_Minh"));

        assertThat(UNTIL_2_JANUARY.isPublicOn(today(settings))).isTrue();
    }

    private static LocalDate today(EmbargoSettings settings) {
        return LocalDate.now(Clock.fixed(EVENING_IN_GREENWICH, settings.clock().getZone()));
    }

    private static EmbargoSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("disan.embargo", EmbargoSettings.class);
    }
}
