package org.disan.ingest.submission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The cells of a metadata sheet, read with Apache Commons CSV (RFC 4180: quoted cells may hold
 * the delimiter, line breaks and doubled quotes). The delimiter is the more frequent of comma
 * and semicolon in the header line. Blank rows are left out; a sheet broken part way (a quote
 * never closed) keeps the rows before the break and says where it broke.
 *
 * @param rows every non-blank row, the header first
 * @param problem why reading stopped early, or {@code null}
 */
record SheetTable(char delimiter, List<Row> rows, String problem) {

    /** One row with the line it starts on (1-based), for messages. */
    record Row(long line, List<String> cells) {}

    static SheetTable read(String text) {
        char delimiter = sniffDelimiter(text.lines().findFirst().orElse(""));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new Row(nextLine, List.copyOf(cells)));
                }
                nextLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            long line = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1;
            return new SheetTable(delimiter, rows, "cannot be read after line " + (line - 1) + ": "
                    + rootMessage(e) + "; the rows after it are not used");
        }
        return new SheetTable(delimiter, rows, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The more frequent of comma and semicolon outside quotes. */
    static char sniffDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
