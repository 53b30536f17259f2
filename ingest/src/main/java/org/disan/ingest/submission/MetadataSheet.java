package org.disan.ingest.submission;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.Access;

/**
 * A submission's {@code metadata.csv}: one row per file. Columns may come in any order, under
 * English or Vietnamese names ({@link SheetColumn}); other columns are kept as extra fields. The
 * file is UTF-8 with or without a byte-order mark, comma- or semicolon-separated (sniffed from
 * the header).
 */
final class MetadataSheet {

    static final String FILE_NAME = "metadata.csv";

    private final List<SheetEntry> entries;
    private final List<String> problems;
    private final List<String> notes;
    private final String fileColumn;
    private final boolean present;

    private MetadataSheet(List<SheetEntry> entries, List<String> problems, List<String> notes,
            String fileColumn, boolean present) {
        this.entries = entries;
        this.problems = problems;
        this.notes = notes;
        this.fileColumn = fileColumn;
        this.present = present;
    }

    /** The sheet of a submission that has none: attaches nothing, reports nothing. */
    static MetadataSheet absent() {
        return new MetadataSheet(List.of(), List.of(), List.of(), "file", false);
    }

    boolean present() {
        return present;
    }

    /** Reads a sheet; problems with single rows are collected, not thrown. */
    static MetadataSheet read(InputStream raw) throws IOException {
        SheetTable table = SheetTable.read(decodeUtf8(raw));
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (table.problem() != null) {
            problems.add(FILE_NAME + " " + table.problem());
        }
        if (table.rows().isEmpty()) {
            problems.add(FILE_NAME + " is empty");
            return new MetadataSheet(List.of(), problems, notes, "file", true);
        }
        SheetColumns columns = SheetColumns.of(table.rows().get(0).cells());
        if (columns.fileColumn() < 0) {
            problems.add(FILE_NAME + " has neither a 'file' nor an 'identifier' column;"
                    + " its rows cannot be attached to files");
            return new MetadataSheet(List.of(), problems, notes, "file", true);
        }
        notes.addAll(columns.describe());
        List<SheetTable.Row> rows = table.rows().subList(1, table.rows().size());
        ValueSeparator separator = ValueSeparator.detect(table.delimiter(),
                rows.stream().flatMap(row -> columns.repeatableCells(row.cells()).stream()).toList());
        if (separator.note() != null) {
            notes.add(separator.note());
        }
        List<SheetEntry> entries = new SheetRows(columns, separator, problems, notes).read(rows);
        String fileColumn = columns.has(SheetColumn.FILE) ? "file" : "identifier";
        return new MetadataSheet(entries, problems, notes, fileColumn, true);
    }

    /** Attaches rows to files, reporting both kinds of orphan and every inexact match. */
    SheetMatcher.Matches match(Collection<String> relativePaths, Access defaultAccess) {
        if (!present) {
            return new SheetMatcher.Matches(Map.of(), List.of(), List.of());
        }
        SheetMatcher.Matches matches = new SheetMatcher(defaultAccess).match(entries, relativePaths, fileColumn);
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(matches.problems());
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(matches.notes());
        return new SheetMatcher.Matches(matches.byPath(), allProblems, allNotes);
    }

    private static String decodeUtf8(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] bom = in.readNBytes(3);
        boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
                && (bom[2] & 0xFF) == 0xBF;
        if (!hasBom) {
            in.unread(bom);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) != -1) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new SubmissionException(FILE_NAME + " is not UTF-8 text: save it as UTF-8 CSV", e);
        }
    }
}
