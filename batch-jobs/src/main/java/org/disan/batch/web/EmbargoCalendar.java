package org.disan.batch.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Today's date in the archive's embargo time zone ({@code disan.embargo.time-zone}), the one day
 * every page, file and search of the archive judges embargoes by.
 */
@Component
public class EmbargoCalendar {

    private final Clock clock;

    EmbargoCalendar(Clock embargoClock) {
        this.clock = embargoClock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
