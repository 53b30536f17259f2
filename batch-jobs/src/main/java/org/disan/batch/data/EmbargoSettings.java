package org.disan.batch.data;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time zone whose calendar decides when an embargo ends: {@code disan.embargo.time-zone}
 * (or {@code DISAN_EMBARGO_TIMEZONE}), an IANA zone such as {@code Asia/Ho_Chi_Minh}; UTC by
 * default, so the answer never depends on the server's own zone. An embargo "until 2030-01-01"
 * lifts at midnight starting that day in this zone.
 */
@ConfigurationProperties(prefix = "disan.embargo")
public record EmbargoSettings(@DefaultValue("UTC") ZoneId timeZone) {

    public static EmbargoSettings defaults() {
        return new EmbargoSettings(ZoneId.of("UTC"));
    }

    public Clock clock() {
        return Clock.system(timeZone);
    }
}
