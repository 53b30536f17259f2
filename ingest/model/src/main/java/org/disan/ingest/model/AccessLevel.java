package org.disan.ingest.model;

/** Who may see a record. Embargoed records become public on their embargo date. */
public enum AccessLevel {
    PUBLIC,
    RESTRICTED,
    EMBARGOED
}
