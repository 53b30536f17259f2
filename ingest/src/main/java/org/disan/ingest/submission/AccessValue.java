package org.disan.ingest.submission;

import java.util.Optional;
import org.disan.ingest.model.Access;

/** Reads a sheet's {@code access} cell: {@code public}, {@code restricted} or {@code embargoed:YYYY-MM-DD}. */
final class AccessValue {

    private AccessValue() {}

    /**
     * The access a cell gives; empty when the cell is blank, so that the submission's default
     * access applies.
     *
     * @throws IllegalArgumentException when the cell says something else
     */
    static Optional<Access> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Access.parse(cell));
    }
}
