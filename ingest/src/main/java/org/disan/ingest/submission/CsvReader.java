package org.disan.ingest.submission;

import java.io.IOException;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: cells separated by one delimiter, optionally quoted with {@code "}, where a
 * quoted cell may hold the delimiter, line breaks and doubled quotes. A quote inside an unquoted
 * cell is kept as written. Blank lines are skipped.
 */
final class CsvReader {

    /** One record of the file, with the line it starts on (1-based) for messages. */
    record Row(int line, List<String> cells) {}

    /** Every record, and the problem that stopped reading, if any. */
    record Result(List<Row> rows, String problem) {}

    private final char delimiter;

    CsvReader(char delimiter) {
        this.delimiter = delimiter;
    }

    /** The delimiter a header line uses: the more frequent of comma and semicolon outside quotes. */
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

    Result read(BufferedReader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean cellWasQuoted = false;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
            } else if (ch == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(cell.toString());
                addUnlessBlank(rows, rowStart, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellWasQuoted = false;
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            return new Result(rows, "line " + rowStart + ": a quoted cell is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || cellWasQuoted) {
            cells.add(cell.toString());
            addUnlessBlank(rows, rowStart, cells);
        }
        return new Result(rows, null);
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        boolean blank = cells.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
