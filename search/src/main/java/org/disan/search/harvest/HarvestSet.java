package org.disan.search.harvest;

/** What a harvest can be narrowed to: the records of one collection or of one submission. */
public enum HarvestSet {
    COLLECTION,
    SUBMISSION
}
