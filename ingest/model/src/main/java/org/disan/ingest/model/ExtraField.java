package org.disan.ingest.model;

import java.util.Objects;

/**
 * A column of a museum's sheet that is not a Dublin Core element (an accession number, a
 * donor, a condition note), kept on the record under the sheet's own name.
 *
 * @param name the column's heading as the sheet writes it, NFC
 * @param value the cell, NFC, as written
 */
public record ExtraField(String name, String value) {

    public ExtraField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
