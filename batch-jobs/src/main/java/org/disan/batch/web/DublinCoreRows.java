package org.disan.batch.web;

import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.DublinCore;

/**
 * The filled-in Dublin Core elements of a record, in the standard's order, for a table. Creators,
 * subjects and places link to the search narrowed to them; dates are written out.
 */
public record DublinCoreRows(List<Row> rows) {

    /** Elements whose values are codes or labels of the interface, not text in the record's language. */
    private static final java.util.Set<String> CODES = java.util.Set.of("dc.date", "dc.type", "dc.format",
            "dc.identifier", "dc.language");

    /** @param labelKey message key of the element's name */
    public record Row(String labelKey, List<Value> values) {

        /** Whether the values are written in the record's own language (and so carry its {@code lang}). */
        public boolean recordText() {
            return !CODES.contains(labelKey);
        }
    }

    /** @param href the search narrowed to this value, or {@code null} when it links nowhere */
    public record Value(String text, String href) {}

    public static DublinCoreRows of(DublinCore dc, DisplayFormats formats, ValueLabels labels) {
        List<Row> rows = new ArrayList<>();
        add(rows, "dc.title", dc.title());
        addLinked(rows, "dc.creator", "creator", dc.creators());
        addLinked(rows, "dc.subject", "subject", dc.subjects());
        add(rows, "dc.description", dc.description());
        add(rows, "dc.publisher", dc.publisher());
        add(rows, "dc.contributor", dc.contributors());
        add(rows, "dc.date", formats.date(dc.date()));
        add(rows, "dc.type", labels.type(dc.type()));
        add(rows, "dc.format", dc.format());
        add(rows, "dc.identifier", dc.identifier());
        add(rows, "dc.source", dc.source());
        add(rows, "dc.language", dc.language());
        add(rows, "dc.relation", dc.relation());
        addLinked(rows, "dc.coverage", "place", dc.coverage());
        add(rows, "dc.rights", dc.rights());
        return new DublinCoreRows(List.copyOf(rows));
    }

    private static void add(List<Row> rows, String key, String value) {
        if (value != null) {
            rows.add(new Row(key, List.of(new Value(value, null))));
        }
    }

    private static void add(List<Row> rows, String key, List<String> values) {
        if (!values.isEmpty()) {
            rows.add(new Row(key, values.stream().map(v -> new Value(v, null)).toList()));
        }
    }

    private static void addLinked(List<Row> rows, String key, String facet, List<String> values) {
        if (!values.isEmpty()) {
            rows.add(new Row(key, values.stream().map(v -> new Value(v, SearchLinks.filtered(facet, v))).toList()));
        }
    }
}
