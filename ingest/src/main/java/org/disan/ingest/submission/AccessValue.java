package org.disan.ingest.submission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;

/** Reads a sheet's {@code access} cell: {@code public}, {@code restricted} or {@code embargoed:YYYY-MM-DD}. */
final class AccessValue {

    private AccessValue() {}

    /**
     * The access a cell gives; blank means public.
     *
     * @throws IllegalArgumentException when the cell says something else
     */
    static Access parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Access.PUBLIC;
        }
        String value = cell.strip().toLowerCase(Locale.ROOT);
        if (value.equals("public")) {
            return Access.PUBLIC;
        }
        if (value.equals("restricted")) {
            return new Access(AccessLevel.RESTRICTED, null);
        }
        if (value.startsWith("embargoed:")) {
            String day = value.substring("embargoed:".length()).strip();
            try {
                return new Access(AccessLevel.EMBARGOED, LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "embargo date '" + day + "' is not a date like 2030-01-31");
            }
        }
        throw new IllegalArgumentException("access '" + cell.strip()
                + "' is not public, restricted or embargoed:YYYY-MM-DD");
    }
}
