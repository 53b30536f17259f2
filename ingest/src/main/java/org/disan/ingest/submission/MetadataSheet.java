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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.DublinCore;

/**
 * A submission's {@code metadata.csv}: one row of Dublin Core per file. Columns may come in any
 * order and unknown ones are ignored; the file is UTF-8 with or without a byte-order mark, comma-
 * or semicolon-separated (sniffed from the header).
 */
final class MetadataSheet {

    /** One data row: the file it names (as typed, normalised) and what it says about it. */
    record Entry(int line, String fileRef, DublinCore dublinCore, Access access, List<String> transcripts) {}

    /** The sheet's rows matched to a submission's files. */
    record Matches(Map<String, Entry> byPath, List<String> problems) {}

    static final String FILE_NAME = "metadata.csv";

    private final List<Entry> entries;
    private final List<String> problems;
    private final boolean identifierNamesFile;
    private final boolean present;

    private MetadataSheet(List<Entry> entries, List<String> problems, boolean identifierNamesFile) {
        this(entries, problems, identifierNamesFile, true);
    }

    private MetadataSheet(
            List<Entry> entries, List<String> problems, boolean identifierNamesFile, boolean present) {
        this.present = present;
        this.entries = entries;
        this.problems = problems;
        this.identifierNamesFile = identifierNamesFile;
    }

    /** The sheet of a submission that has none: attaches nothing, reports nothing. */
    static MetadataSheet absent() {
        return new MetadataSheet(List.of(), List.of(), false, false);
    }

    /** Reads a sheet; problems with single rows are collected, not thrown. */
    static MetadataSheet read(InputStream raw) throws IOException {
        String text = decodeUtf8(raw);
        String firstLine = text.lines().findFirst().orElse("");
        CsvReader.Result csv = new CsvReader(CsvReader.sniffDelimiter(firstLine))
                .read(new BufferedReader(new java.io.StringReader(text)));
        List<String> problems = new ArrayList<>();
        if (csv.problem() != null) {
            problems.add(FILE_NAME + " " + csv.problem());
        }
        if (csv.rows().isEmpty()) {
            problems.add(FILE_NAME + " is empty");
            return new MetadataSheet(List.of(), problems, false);
        }
        SheetColumns columns = SheetColumns.of(csv.rows().get(0).cells());
        if (columns.fileColumn() < 0) {
            problems.add(FILE_NAME + " has neither a 'file' nor an 'identifier' column;"
                    + " its rows cannot be attached to files");
            return new MetadataSheet(List.of(), problems, false);
        }
        List<Entry> entries = new ArrayList<>();
        for (CsvReader.Row row : csv.rows().subList(1, csv.rows().size())) {
            if (row.cells().size() > columns.width()) {
                problems.add(FILE_NAME + " line " + row.line() + " has " + row.cells().size()
                        + " cells but the header has " + columns.width() + "; row ignored");
                continue;
            }
            entries.add(entry(row, columns, problems));
        }
        return new MetadataSheet(entries, problems, !columns.hasFileColumn());
    }

    private static Entry entry(CsvReader.Row row, SheetColumns columns, List<String> problems) {
        Access access;
        try {
            access = AccessValue.parse(columns.cell(row.cells(), "access"));
        } catch (IllegalArgumentException e) {
            // An unreadable access level must not publish the file: keep it restricted.
            problems.add(FILE_NAME + " line " + row.line() + ": " + e.getMessage()
                    + "; the file is kept restricted");
            access = new Access(AccessLevel.RESTRICTED, null);
        }
        String fileRef = RelativePaths.normalise(row.cells().size() > columns.fileColumn()
                ? row.cells().get(columns.fileColumn()) : "");
        List<String> transcripts = columns.cellValues(row.cells(), "transcript").stream()
                .map(RelativePaths::normalise).filter(ref -> !ref.isEmpty()).toList();
        return new Entry(row.line(), fileRef, columns.dublinCore(row.cells()), access, transcripts);
    }

    /** Attaches rows to files by relative path and reports both kinds of orphan. */
    Matches match(Collection<String> relativePaths) {
        List<String> found = new ArrayList<>(problems);
        Map<String, Entry> byRef = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.fileRef().isEmpty()) {
                found.add(FILE_NAME + " line " + entry.line() + " names no file; row ignored");
            } else if (byRef.putIfAbsent(entry.fileRef(), entry) != null) {
                found.add(FILE_NAME + " line " + entry.line() + " repeats '" + entry.fileRef()
                        + "' (first given on line " + byRef.get(entry.fileRef()).line()
                        + "); the first row is used");
            }
        }
        Map<String, Entry> byPath = new HashMap<>();
        for (String path : relativePaths) {
            Entry entry = byRef.remove(path);
            if (entry != null) {
                byPath.put(path, entry);
            } else if (present) {
                found.add("'" + path + "' has no row in " + FILE_NAME);
            }
        }
        for (Entry orphan : byRef.values()) {
            String column = identifierNamesFile ? "identifier" : "file";
            found.add(FILE_NAME + " line " + orphan.line() + " " + column + " '" + orphan.fileRef()
                    + "' names no file in the submission");
        }
        return new Matches(byPath, found);
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
