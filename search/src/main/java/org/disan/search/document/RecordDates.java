package org.disan.search.document;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disan.ingest.model.EdtfDate;

/**
 * Reads the year and a sortable day out of a Dublin Core date as archives write it: "1995",
 * "1995-04-30", "circa 1930", "1930s", "30/4/1975". A date {@link EdtfDate} reads counts by its
 * EDTF form (its first day); any other by the first four-digit number in it.
 */
public final class RecordDates {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ISO_DAY =
            Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private RecordDates() {}

    /** The date's first year: of its EDTF form, else the first four-digit number in it. */
    public static OptionalInt year(String date) {
        if (date == null) {
            return OptionalInt.empty();
        }
        var edtf = EdtfDate.normalise(date);
        if (edtf.isPresent()) {
            return OptionalInt.of(EdtfDate.firstYear(edtf.get()));
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The decade label of a year, e.g. 1995 → "1990s". */
    public static String decade(int year) {
        return (year - Math.floorMod(year, 10)) + "s";
    }

    /**
     * A number that orders dates: yyyymmdd, with month and day taken as 0 when the date does not
     * give them, so "1995" sorts before "1995-01-01".
     */
    public static OptionalLong sortKey(String date) {
        OptionalInt year = year(date);
        if (year.isEmpty()) {
            return OptionalLong.empty();
        }
        int month = 0;
        int day = 0;
        String edtf = EdtfDate.normalise(date).orElse(date.strip());
        Matcher iso = ISO_DAY.matcher(edtf);
        if (iso.find()) {
            month = clamp(iso.group(2), 12);
            day = month == 0 ? 0 : clamp(iso.group(3), 31);
        }
        return OptionalLong.of(year.getAsInt() * 10_000L + month * 100L + day);
    }

    private static int clamp(String digits, int max) {
        if (digits == null) {
            return 0;
        }
        int value = Integer.parseInt(digits);
        return value >= 1 && value <= max ? value : 0;
    }
}
