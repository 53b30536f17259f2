package org.disan.batch.web.cite;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DublinCore;

/**
 * What a reference manager needs of a record, whatever the format it is handed in.
 *
 * @param date the date as catalogued; {@link #year()} is the first four-digit year in it
 * @param kind the record's Dublin Core type (Text, StillImage, Sound, MovingImage...), or {@code null}
 */
public record CitedWork(String id, String title, List<String> creators, String date, String kind,
        String url, String language, List<String> subjects, String description, String archive) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?.*");

    public static CitedWork of(ArchiveRecord record, String url, String archive) {
        DublinCore dc = record.dublinCore();
        return new CitedWork(record.id(), record.displayTitle(), dc.creators(), dc.date(), dc.type(), url,
                dc.language(), dc.subjects(), dc.description(), archive);
    }

    public OptionalInt year() {
        if (date == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = YEAR.matcher(date);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** Year, month and day as far as the date gives them in ISO form (1982-07-15 → [1982, 7, 15]). */
    public List<Integer> dateParts() {
        if (date != null) {
            Matcher iso = ISO_DAY.matcher(date.strip());
            if (iso.matches()) {
                return iso.group(3) == null
                        ? List.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)))
                        : List.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                                Integer.parseInt(iso.group(3)));
            }
        }
        return year().stream().boxed().toList();
    }
}
