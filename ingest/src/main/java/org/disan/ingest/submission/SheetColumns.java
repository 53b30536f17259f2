package org.disan.ingest.submission;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column sits in a sheet's header, and the other columns, which are kept on
 * the records as extra fields under their own headings.
 */
final class SheetColumns {

    /** A column kept as it is: its position and its heading as written (NFC). */
    record Extra(int index, String heading) {}

    private final Map<SheetColumn, Integer> known;
    private final List<Extra> extras;
    private final List<String> mapped;
    private final List<String> repeated;
    private final int width;

    private SheetColumns(Map<SheetColumn, Integer> known, List<Extra> extras, List<String> mapped,
            List<String> repeated, int width) {
        this.known = known;
        this.extras = extras;
        this.mapped = mapped;
        this.repeated = repeated;
        this.width = width;
    }

    static SheetColumns of(List<String> header) {
        Map<SheetColumn, Integer> known = new EnumMap<>(SheetColumn.class);
        List<Extra> extras = new ArrayList<>();
        List<String> mapped = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String heading = Normalizer.normalize(header.get(i), Normalizer.Form.NFC).strip();
            if (heading.isEmpty()) {
                continue;
            }
            var column = SheetColumn.byHeading(heading);
            if (column.isEmpty()) {
                extras.add(new Extra(i, heading));
            } else if (known.putIfAbsent(column.get(), i) == null) {
                mapped.add("'" + heading + "' → " + column.get().name().toLowerCase(java.util.Locale.ROOT));
            } else {
                repeated.add(heading);
            }
        }
        return new SheetColumns(known, List.copyOf(extras), List.copyOf(mapped), List.copyOf(repeated),
                header.size());
    }

    int width() {
        return width;
    }

    boolean has(SheetColumn column) {
        return known.containsKey(column);
    }

    /** The column that names each row's file: {@code file}, else {@code identifier}, else -1. */
    int fileColumn() {
        return known.getOrDefault(SheetColumn.FILE, known.getOrDefault(SheetColumn.IDENTIFIER, -1));
    }

    List<Extra> extras() {
        return extras;
    }

    /** The cell of a known column, NFC and stripped; {@code null} when the row has none. */
    String cell(List<String> cells, SheetColumn column) {
        Integer i = known.get(column);
        return i == null ? null : cell(cells, i);
    }

    static String cell(List<String> cells, int i) {
        if (i < 0 || i >= cells.size()) {
            return null;
        }
        return Normalizer.normalize(cells.get(i), Normalizer.Form.NFC).strip();
    }

    /** The cells of the repeatable columns, where a multi-value separator may be found. */
    List<String> repeatableCells(List<String> cells) {
        List<String> found = new ArrayList<>();
        known.forEach((column, i) -> {
            if (column.repeatable() && cell(cells, i) != null) {
                found.add(cell(cells, i));
            }
        });
        return found;
    }

    /** What the report says about the header: which columns were mapped and which kept. */
    List<String> describe() {
        List<String> notes = new ArrayList<>();
        if (!mapped.isEmpty()) {
            notes.add(MetadataSheet.FILE_NAME + " columns read as: " + String.join(", ", mapped));
        }
        if (!extras.isEmpty()) {
            notes.add(MetadataSheet.FILE_NAME + " columns kept as they are: "
                    + String.join(", ", extras.stream().map(e -> "'" + e.heading() + "'").toList()));
        }
        if (!repeated.isEmpty()) {
            notes.add(MetadataSheet.FILE_NAME + " columns ignored because an earlier column means the same: "
                    + String.join(", ", repeated.stream().map(h -> "'" + h + "'").toList()));
        }
        return notes;
    }
}
