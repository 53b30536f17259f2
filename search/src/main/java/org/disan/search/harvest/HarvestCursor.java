package org.disan.search.harvest;

import java.util.Objects;

/**
 * A position in a harvest's order, (datestamp, id): the next page starts after it. Unlike an
 * offset it stays put when records before it change or leave the list.
 */
public record HarvestCursor(long datestamp, String id) {

    public HarvestCursor {
        Objects.requireNonNull(id, "id");
    }
}
