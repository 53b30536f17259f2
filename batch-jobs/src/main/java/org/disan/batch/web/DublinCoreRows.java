package org.disan.batch.web;

import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.DublinCore;

/** The filled-in Dublin Core elements of a record, in the standard's order, for a table. */
public record DublinCoreRows(List<Row> rows) {

    /** @param labelKey message key of the element's name */
    public record Row(String labelKey, List<String> values) {}

    public static DublinCoreRows of(DublinCore dc) {
        List<Row> rows = new ArrayList<>();
        add(rows, "dc.title", dc.title());
        add(rows, "dc.creator", dc.creators());
        add(rows, "dc.subject", dc.subjects());
        add(rows, "dc.description", dc.description());
        add(rows, "dc.publisher", dc.publisher());
        add(rows, "dc.contributor", dc.contributors());
        add(rows, "dc.date", dc.date());
        add(rows, "dc.type", dc.type());
        add(rows, "dc.format", dc.format());
        add(rows, "dc.identifier", dc.identifier());
        add(rows, "dc.source", dc.source());
        add(rows, "dc.language", dc.language());
        add(rows, "dc.relation", dc.relation());
        add(rows, "dc.coverage", dc.coverage());
        add(rows, "dc.rights", dc.rights());
        return new DublinCoreRows(List.copyOf(rows));
    }

    private static void add(List<Row> rows, String key, String value) {
        if (value != null) {
            rows.add(new Row(key, List.of(value)));
        }
    }

    private static void add(List<Row> rows, String key, List<String> values) {
        if (!values.isEmpty()) {
            rows.add(new Row(key, values));
        }
    }
}
