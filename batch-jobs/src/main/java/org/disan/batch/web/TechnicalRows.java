package org.disan.batch.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disan.ingest.model.TechnicalMetadata;

/** A record's technical properties as a table shows them: named in the interface's language, values written out. */
record TechnicalRows(List<Row> rows) {

    record Row(String label, String value) {}

    static TechnicalRows of(TechnicalMetadata technical, ValueLabels labels, DisplayFormats formats) {
        if (technical == null) {
            return new TechnicalRows(List.of());
        }
        List<Row> rows = new TreeMap<>(technical.properties()).entrySet().stream()
                .map(property -> new Row(labels.property(property.getKey()), value(property, formats)))
                .toList();
        return new TechnicalRows(rows);
    }

    private static String value(Map.Entry<String, String> property, DisplayFormats formats) {
        return switch (property.getKey()) {
            case "duration" -> formats.duration(property.getValue());
            case "dateTaken" -> formats.date(property.getValue());
            default -> property.getValue();
        };
    }
}
