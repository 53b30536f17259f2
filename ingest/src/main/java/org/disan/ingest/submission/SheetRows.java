package org.disan.ingest.submission;

import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.ExtraField;
import org.disan.ingest.model.LanguageTags;

/**
 * Turns a sheet's rows into {@link SheetEntry entries}: Dublin Core from the known columns
 * (repeatable ones split on the submission's separator, languages as BCP 47 tags), the access
 * level, the collection, and every other column as an extra field. A row that cannot be trusted
 * (more cells than the header: an unquoted comma has shifted its cells) gives no entry, so its
 * file falls back to the default access rather than to whatever its shifted access cell says.
 */
final class SheetRows {

    private final SheetColumns columns;
    private final ValueSeparator separator;
    private final List<String> problems;
    private final List<String> notes;

    SheetRows(SheetColumns columns, ValueSeparator separator, List<String> problems, List<String> notes) {
        this.columns = columns;
        this.separator = separator;
        this.problems = problems;
        this.notes = notes;
    }

    List<SheetEntry> read(List<SheetTable.Row> rows) {
        List<SheetEntry> entries = new ArrayList<>();
        List<Long> noAccess = new ArrayList<>();
        for (SheetTable.Row row : rows) {
            if (row.cells().size() > columns.width()) {
                problems.add(MetadataSheet.FILE_NAME + " line " + row.line() + " has " + row.cells().size()
                        + " cells but the header has " + columns.width()
                        + " (a comma or semicolon in a cell that is not in quotes?); the row is not used, so '"
                        + fileRef(row) + "' gets the default access");
                continue;
            }
            SheetEntry entry = entry(row);
            if (entry.access() == null) {
                noAccess.add(row.line());
            }
            entries.add(entry);
        }
        if (!noAccess.isEmpty()) {
            notes.add(MetadataSheet.FILE_NAME + " gives no access on " + noAccess.size() + " row"
                    + (noAccess.size() == 1 ? "" : "s") + " (line" + (noAccess.size() == 1 ? " " : "s ")
                    + abbreviated(noAccess) + "); their files get the default access");
        }
        return entries;
    }

    private SheetEntry entry(SheetTable.Row row) {
        List<String> cells = row.cells();
        Access access;
        try {
            access = AccessValue.parse(columns.cell(cells, SheetColumn.ACCESS)).orElse(null);
        } catch (IllegalArgumentException e) {
            // An unreadable access level must not publish the file: keep it restricted.
            problems.add(MetadataSheet.FILE_NAME + " line " + row.line() + ": " + e.getMessage()
                    + "; the file is kept restricted");
            access = Access.RESTRICTED;
        }
        List<ExtraField> extras = new ArrayList<>();
        for (SheetColumns.Extra extra : columns.extras()) {
            String value = SheetColumns.cell(cells, extra.index());
            if (value != null && !value.isEmpty()) {
                extras.add(new ExtraField(extra.heading(), value));
            }
        }
        List<String> transcripts = many(cells, SheetColumn.TRANSCRIPT).stream()
                .map(RelativePaths::normalise).filter(ref -> !ref.isEmpty()).toList();
        return new SheetEntry(row.line(), fileRef(row), dublinCore(row), access,
                columns.cell(cells, SheetColumn.COLLECTION), extras, transcripts);
    }

    private String fileRef(SheetTable.Row row) {
        String cell = SheetColumns.cell(row.cells(), columns.fileColumn());
        return RelativePaths.normalise(cell == null ? "" : cell);
    }

    private DublinCore dublinCore(SheetTable.Row row) {
        List<String> cells = row.cells();
        return new DublinCore(
                one(cells, SheetColumn.IDENTIFIER),
                one(cells, SheetColumn.TITLE),
                many(cells, SheetColumn.CREATOR),
                many(cells, SheetColumn.SUBJECT),
                one(cells, SheetColumn.DESCRIPTION),
                one(cells, SheetColumn.PUBLISHER),
                many(cells, SheetColumn.CONTRIBUTOR),
                one(cells, SheetColumn.DATE),
                one(cells, SheetColumn.TYPE),
                one(cells, SheetColumn.FORMAT),
                one(cells, SheetColumn.SOURCE),
                languages(row),
                one(cells, SheetColumn.RELATION),
                many(cells, SheetColumn.COVERAGE),
                one(cells, SheetColumn.RIGHTS));
    }

    /** Languages as BCP 47 tags; one that is neither a code nor a known name is kept as written. */
    private String languages(SheetTable.Row row) {
        List<String> tags = new ArrayList<>();
        for (String written : many(row.cells(), SheetColumn.LANGUAGE)) {
            String tag = LanguageTags.normalise(written).orElse(null);
            if (tag == null) {
                notes.add(MetadataSheet.FILE_NAME + " line " + row.line() + ": language '" + written
                        + "' is not a language code or a known name; kept as written");
                tag = written;
            }
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags.isEmpty() ? null : String.join(DublinCore.LANGUAGE_SEPARATOR, tags);
    }

    private String one(List<String> cells, SheetColumn column) {
        return columns.cell(cells, column);
    }

    private List<String> many(List<String> cells, SheetColumn column) {
        return separator.split(columns.cell(cells, column));
    }

    private static String abbreviated(List<Long> lines) {
        List<String> shown = lines.stream().limit(10).map(String::valueOf).toList();
        return String.join(", ", shown) + (lines.size() > 10 ? ", …" : "");
    }
}
