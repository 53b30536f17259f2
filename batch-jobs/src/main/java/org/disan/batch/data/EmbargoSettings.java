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

    /**
     * For commands that open an index without a Spring context: {@code DISAN_EMBARGO_TIMEZONE}
     * or the {@code disan.embargo.time-zone} system property, else UTC.
     */
    public static EmbargoSettings fromEnvironment() {
        String zone = System.getProperty("disan.embargo.time-zone", System.getenv("DISAN_EMBARGO_TIMEZONE"));
        return new EmbargoSettings(ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone.strip()));
    }

    public Clock clock() {
        return Clock.system(timeZone);
    }
}
