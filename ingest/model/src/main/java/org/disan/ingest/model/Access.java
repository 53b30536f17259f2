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

    public static final Access RESTRICTED = new Access(AccessLevel.RESTRICTED, null);

    /**
     * Whichever of the two shows the record to fewer people: restricted over embargoed over
     * public, and of two embargoes the one that ends later.
     */
    public static Access moreRestrictive(Access a, Access b) {
        if (a.level != b.level) {
            return rank(a.level) >= rank(b.level) ? a : b;
        }
        if (a.level == AccessLevel.EMBARGOED) {
            return a.embargoUntil.isAfter(b.embargoUntil) ? a : b;
        }
        return a;
    }

    /**
     * Reads {@code public}, {@code restricted} or {@code embargoed:YYYY-MM-DD} (any case).
     *
     * @throws IllegalArgumentException when the text says something else
     */
    public static Access parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("public")) {
            return PUBLIC;
        }
        if (value.equals("restricted")) {
            return RESTRICTED;
        }
        if (value.startsWith("embargoed:")) {
            String day = value.substring("embargoed:".length()).strip();
            try {
                return new Access(AccessLevel.EMBARGOED, LocalDate.parse(day));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "embargo date '" + day + "' is not a date like 2030-01-31");
            }
        }
        throw new IllegalArgumentException("access '" + (text == null ? "" : text.strip())
                + "' is not public, restricted or embargoed:YYYY-MM-DD");
    }

    private static int rank(AccessLevel level) {
        return switch (level) {
            case PUBLIC -> 0;
            case EMBARGOED -> 1;
            case RESTRICTED -> 2;
        };
    }

    /** The form a sheet, the command line and the API use: public, restricted, embargoed:2030-01-31. */
    @Override
    public String toString() {
        return level == AccessLevel.EMBARGOED
                ? "embargoed:" + embargoUntil
                : level.name().toLowerCase(java.util.Locale.ROOT);
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
