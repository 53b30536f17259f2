package org.disan.search;

/** A record the index would not take, and the index's own words for why. */
public record RefusedRecord(String id, String reason) {

    @Override
    public String toString() {
        return id + ": " + reason;
    }
}
