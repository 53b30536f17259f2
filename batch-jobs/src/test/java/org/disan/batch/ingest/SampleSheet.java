package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the sample collection's metadata.csv that tests check against: file, title, type
 * and access. Quoted cells may hold commas; the sample sheet has no quotes inside cells.
 */
record SampleSheet(List<Row> rows) {

    record Row(String file, String title, String type, String access) {}

    static SampleSheet read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            rows.add(new Row(cells.get(header.indexOf("file")), cells.get(header.indexOf("title")),
                    cells.get(header.indexOf("type")), cells.get(header.indexOf("access"))));
        }
        return new SampleSheet(List.copyOf(rows));
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Copies the sheet and the files it names into a fresh folder, which is returned. */
    Path copyCollection(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(from.resolve("metadata.csv"), to.resolve("metadata.csv"));
        for (Row row : rows) {
            Path target = to.resolve(row.file());
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(row.file()), target);
        }
        return to;
    }

    Row byFile(String file) {
        return rows.stream().filter(row -> row.file().equals(file)).findFirst().orElseThrow();
    }
}
