package org.disan.ingest.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as catalogues write it ("1982-07-15T10:00:00Z", "15/7/1982", "khoảng 1960", "circa
 * 1930", "2024/2026", "thập niên 1960") in the Extended Date/Time Format (ISO 8601-2 level 1):
 * {@code 1982-07-15}, {@code 1960~}, {@code 2024/2026}, {@code 196X}. Used for sorting and
 * facets; the written form stays what a page shows.
 */
public final class EdtfDate {

    private static final String YEAR = "(\\d{4})";
    private static final Pattern ISO = Pattern.compile(YEAR + "(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-]" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-]" + YEAR);
    private static final Pattern SPOKEN_DAY =
            Pattern.compile("(?:ngay )?(\\d{1,2}) thang (\\d{1,2}) (?:nam )?" + YEAR);
    private static final Pattern RANGE = Pattern.compile("(?:tu )?(?:nam )?" + YEAR
            + "\\s*(?:/|-|–|—|to|until|den|toi)\\s*(?:nam )?" + YEAR);
    private static final Pattern DECADE =
            Pattern.compile("(?:thap nien |nhung nam |the )?(\\d{3})0\\s?'?s?");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?:khoang|chung|tam|circa|around|about|approximately|approx\\.?|ca\\.?|c\\.|~)\\s*(?:nam\\s+)?(.+)");
    private static final Pattern UNCERTAIN = Pattern.compile("(.+?)\\s*\\?");

    private EdtfDate() {}

    /** The EDTF form of a written date, or empty when it is not one this reads. */
    public static Optional<String> normalise(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        return read(PlainLetters.of(written));
    }

    /** The first year an EDTF date covers ({@code 196X} → 1960). */
    public static int firstYear(String edtf) {
        return Integer.parseInt(edtf.substring(0, 4).replace('X', '0'));
    }

    private static Optional<String> read(String text) {
        Matcher m;
        if ((m = APPROXIMATE.matcher(text)).matches()) {
            return read(m.group(1)).filter(EdtfDate::isPlain).map(d -> d + "~");
        }
        if ((m = UNCERTAIN.matcher(text)).matches()) {
            return read(m.group(1)).filter(EdtfDate::isPlain).map(d -> d + "?");
        }
        if (text.startsWith("nam ")) {
            return read(text.substring(4));
        }
        if ((m = ISO.matcher(text)).matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}t.*")) {
            return instantDay(text);
        }
        if ((m = DAY_FIRST.matcher(text)).matches() || (m = SPOKEN_DAY.matcher(text)).matches()) {
            return day(m.group(3), twoDigits(m.group(2)), twoDigits(m.group(1)));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return day(m.group(2), twoDigits(m.group(1)), null);
        }
        if ((m = RANGE.matcher(text)).matches()) {
            return m.group(1).compareTo(m.group(2)) <= 0
                    ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
        }
        if ((m = DECADE.matcher(text)).matches() && (text.endsWith("s") || text.contains(" "))) {
            return Optional.of(m.group(1) + "X");
        }
        return Optional.empty();
    }

    /** A single day, month or year, which may take an uncertainty mark. */
    private static boolean isPlain(String edtf) {
        return edtf.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    private static Optional<String> day(String year, String month, String day) {
        try {
            if (day != null) {
                return Optional.of(LocalDate.parse(year + "-" + month + "-" + day).toString());
            }
            if (month != null) {
                int m = Integer.parseInt(month);
                return m >= 1 && m <= 12 ? Optional.of(year + "-" + month) : Optional.empty();
            }
            return Optional.of(year);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A timestamp names the day it was written on, in its own offset. */
    private static Optional<String> instantDay(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toLocalDate().toString());
        } catch (DateTimeParseException e) {
            String date = text.substring(0, 10);
            return day(date.substring(0, 4), date.substring(5, 7), date.substring(8, 10));
        }
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
