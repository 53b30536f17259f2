package org.disan.ingest;

/**
 * Dates embedded in files, as the ISO-like text the record shows. EXIF dates carry no time zone
 * ("2019:02:05 08:30:00"), so they are kept as local date-times, not shifted to UTC.
 */
final class EmbeddedDates {

    private static final String EXIF_DATE = "\\d{4}:\\d{2}:\\d{2} \\d{2}:\\d{2}:\\d{2}";

    /** MP4 files written without a date count from this epoch: it means "no date". */
    private static final String UNSET_MP4_DATE = "1904-01-01";

    private EmbeddedDates() {}

    /** When the content was made: taken, created or released, whichever the file says. */
    static String created(MetadataValues v) {
        String taken = taken(v);
        if (taken != null) {
            return taken;
        }
        String created = v.first("dcterms:created", "xmpDM:releaseDate", "meta:creation-date");
        return created == null || created.startsWith(UNSET_MP4_DATE) ? null : created;
    }

    /** When a photograph was taken, as a local date-time, or {@code null}. */
    static String taken(MetadataValues v) {
        String exif = v.first("Exif SubIFD:Date/Time Original", "Exif IFD0:Date/Time");
        if (exif != null && exif.matches(EXIF_DATE)) {
            return exif.substring(0, 10).replace(':', '-') + "T" + exif.substring(11);
        }
        return v.first("exif:DateTimeOriginal");
    }
}
