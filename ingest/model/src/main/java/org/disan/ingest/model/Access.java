package org.disan.ingest.model;

import java.time.LocalDate;
import java.util.Objects;

/** A record's access level, with the day an embargo ends when there is one. */
public record Access(AccessLevel level, LocalDate embargoUntil) {

    public static final Access PUBLIC = new Access(AccessLevel.PUBLIC, null);

    public Access {
        Objects.requireNonNull(level, "level");
        if (level == AccessLevel.EMBARGOED && embargoUntil == null) {
            throw new IllegalArgumentException("an embargoed record needs an embargo end date");
        }
    }

    /** Whether an anonymous visitor may see the record on the given day. */
    public boolean isPublicOn(LocalDate day) {
        return switch (level) {
            case PUBLIC -> true;
            case RESTRICTED -> false;
            case EMBARGOED -> !day.isBefore(embargoUntil);
        };
    }
}
