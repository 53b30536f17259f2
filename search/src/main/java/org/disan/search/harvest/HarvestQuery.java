package org.disan.search.harvest;

import java.util.List;
import java.util.Optional;

/**
 * One page of a harvest: records whose datestamp (epoch seconds, both bounds inclusive) is in
 * range, in (datestamp, id) order after the cursor, optionally of some collections or submissions.
 *
 * @param setValues the collection or submission names the records must have one of; ignored when
 *     {@code set} is {@code null}
 */
public record HarvestQuery(
        Long from, Long until, HarvestSet set, List<String> setValues, HarvestCursor after, int limit) {

    public HarvestQuery {
        setValues = setValues == null ? List.of() : List.copyOf(setValues);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    public Optional<HarvestCursor> cursor() {
        return Optional.ofNullable(after);
    }
}
