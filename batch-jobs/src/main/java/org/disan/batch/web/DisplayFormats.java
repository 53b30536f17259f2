package org.disan.batch.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values as a reader wants them on a page, in the interface's language: machine dates and times
 * written out, durations as {@code m:ss}, sizes in KB or MB. A date written any other way
 * ("khoảng 1960", "2024/2026") is shown as it was written.
 */
@Component("formats")
public class DisplayFormats {

    private static final ZoneId SHOWN_ZONE = ZoneOffset.UTC;

    /** A catalogue or embedded date: ISO forms written out, anything else as written. */
    public String date(String written) {
        return date(written, LocaleContextHolder.getLocale());
    }

    String date(String written, Locale locale) {
        if (written == null) {
            return null;
        }
        String value = written.strip();
        return parsed(value, OffsetDateTime::parse).map(t -> dateTime(t.toInstant(), locale))
                .or(() -> parsed(value, LocalDateTime::parse).map(t -> t.format(
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale))))
                .or(() -> parsed(value, LocalDate::parse).map(d -> d.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))))
                .or(() -> parsed(value, YearMonth::parse).map(m -> m.format(
                        DateTimeFormatter.ofPattern("LLLL yyyy", locale))))
                .orElse(written);
    }

    /** A moment, such as when a record was ingested, to the minute, in UTC. */
    public String instant(Instant moment) {
        return moment == null ? null : dateTime(moment, LocaleContextHolder.getLocale());
    }

    String dateTime(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(SHOWN_ZONE).format(moment) + " UTC";
    }

    /** Seconds ("14.031") as {@code m:ss}, or {@code h:mm:ss} from an hour on; else as written. */
    public String duration(String seconds) {
        try {
            long whole = new BigDecimal(seconds.strip()).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            long hours = whole / 3600;
            long minutes = whole % 3600 / 60;
            long secs = whole % 60;
            return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                    : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
        } catch (NumberFormatException | ArithmeticException e) {
            return seconds;
        }
    }

    /** A file size in bytes, KB, MB or GB (powers of 1024), one decimal from KB on. */
    public String size(long bytes) {
        return size(bytes, LocaleContextHolder.getLocale());
    }

    String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(locale, "%.1f %s", value, units[unit]);
    }

    private static <T> Optional<T> parsed(String value, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
