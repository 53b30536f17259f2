package org.disan.ingest.submission;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How one sheet puts several values in a cell ("đô thị; âm nhạc dân gian; Hà Nội" or
 * "Huế | Thừa Thiên"), decided once per submission from its repeatable columns: {@code |} when
 * only it appears, {@code ;} when only it appears (and the sheet is not semicolon-separated),
 * {@code |} alone when both appear, since a semicolon is then likely part of a value.
 *
 * @param note what the report says about the choice, or {@code null} when there was none to make
 */
record ValueSeparator(char separator, String note) {

    static ValueSeparator detect(char delimiter, List<String> repeatableCells) {
        boolean bars = repeatableCells.stream().anyMatch(cell -> cell.indexOf('|') >= 0);
        boolean semicolons = delimiter != ';' && repeatableCells.stream().anyMatch(cell -> cell.indexOf(';') >= 0);
        if (semicolons && !bars) {
            return new ValueSeparator(';', MetadataSheet.FILE_NAME + ": several values in a cell are split on ';'");
        }
        if (semicolons) {
            return new ValueSeparator('|', MetadataSheet.FILE_NAME + " uses both '|' and ';' in cells; "
                    + "values are split on '|' only");
        }
        return new ValueSeparator('|', bars ? MetadataSheet.FILE_NAME + ": several values in a cell are split on '|'" : null);
    }

    List<String> split(String cell) {
        if (cell == null || cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split(Pattern.quote(String.valueOf(separator))))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}
