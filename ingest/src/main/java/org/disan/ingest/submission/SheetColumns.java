package org.disan.ingest.submission;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disan.ingest.model.DublinCore;

/** Where each known column sits in a metadata sheet, and how a row becomes Dublin Core. */
final class SheetColumns {

    /** Separates the values of a repeatable element in one cell. */
    private static final String MULTI_VALUE_SEPARATOR = "\\|";

    private final Map<String, Integer> index;
    private final int width;
    private final int fileColumn;
    private final boolean hasFileColumn;

    private SheetColumns(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
        this.hasFileColumn = index.containsKey("file");
        this.fileColumn = index.getOrDefault("file", index.getOrDefault("identifier", -1));
    }

    static SheetColumns of(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(canonicalName(header.get(i)), i);
        }
        return new SheetColumns(index, header.size());
    }

    /** "Title", " dc:title ", "DC.Title" and "creators" all name the same column. */
    private static String canonicalName(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("dc:") || name.startsWith("dc.")) {
            name = name.substring(3);
        }
        return switch (name) {
            case "filename", "file name", "path" -> "file";
            case "creators", "subjects", "contributors" -> name.substring(0, name.length() - 1);
            default -> name;
        };
    }

    int width() {
        return width;
    }

    int fileColumn() {
        return fileColumn;
    }

    boolean hasFileColumn() {
        return hasFileColumn;
    }

    String cell(List<String> cells, String column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.size()) {
            return null;
        }
        return Normalizer.normalize(cells.get(i), Normalizer.Form.NFC).strip();
    }

    List<String> cellValues(List<String> cells, String column) {
        String cell = cell(cells, column);
        return cell == null ? List.of() : Arrays.asList(cell.split(MULTI_VALUE_SEPARATOR));
    }

    DublinCore dublinCore(List<String> cells) {
        return new DublinCore(
                cell(cells, "identifier"),
                cell(cells, "title"),
                cellValues(cells, "creator"),
                cellValues(cells, "subject"),
                cell(cells, "description"),
                cell(cells, "publisher"),
                cellValues(cells, "contributor"),
                cell(cells, "date"),
                cell(cells, "type"),
                cell(cells, "format"),
                cell(cells, "source"),
                cell(cells, "language"),
                cell(cells, "relation"),
                cellValues(cells, "coverage"),
                cell(cells, "rights"));
    }
}
