package org.disan.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.metadata.Metadata;

/**
 * The technical properties worth showing a researcher, under stable names, from whichever Tika
 * key the file's parser used.
 */
final class TechnicalProperties {

    private TechnicalProperties() {}

    static Map<String, String> of(Metadata metadata, Identification id) {
        MetadataValues v = new MetadataValues(metadata);
        boolean video = id.majorType().equals("video");
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "width", digits(v.first("tiff:ImageWidth", "Image Width", "width")));
        put(p, "height", digits(v.first("tiff:ImageLength", "Image Height", "height")));
        put(p, "duration", seconds(v.first("xmpDM:duration")));
        // MP4 reports its time scale as a sample rate even without a sound track.
        put(p, "sampleRate", video ? null : v.first("xmpDM:audioSampleRate", "samplerate"));
        put(p, "channels", v.first("channels", "xmpDM:audioChannelType"));
        put(p, "bitsPerSample", v.first("bits", "tiff:BitsPerSample"));
        put(p, "encoding", v.first("encoding", "xmpDM:audioCompressor"));
        put(p, "codec", v.first("xmpDM:videoCompressor", "xmpDM:audioCompressor"));
        put(p, "pageCount", v.first("xmpTPg:NPages", "meta:page-count"));
        put(p, "author", v.first("dc:creator", "meta:author", "Exif IFD0:Artist"));
        put(p, "creatorTool", v.first("xmp:CreatorTool", "pdf:producer", "extended-properties:Application",
                "Exif IFD0:Software"));
        put(p, "camera", join(v.first("tiff:Make"), v.first("tiff:Model")));
        put(p, "gps.latitude", v.first("geo:lat"));
        put(p, "gps.longitude", v.first("geo:long"));
        put(p, "dateTaken", EmbeddedDates.taken(v));
        return p;
    }

    /** Durations in seconds with millisecond precision, whatever the parser's rounding. */
    static String seconds(String value) {
        if (value == null) {
            return null;
        }
        try {
            return String.format(Locale.ROOT, "%.3f", Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(Map<String, String> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(name, value);
        }
    }

    /** "640 pixels" → "640". */
    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        String d = value.replaceAll("[^0-9].*$", "");
        return d.isEmpty() ? null : d;
    }

    private static String join(String make, String model) {
        if (make == null) {
            return model;
        }
        return model == null || model.startsWith(make) ? (model == null ? make : model) : make + " " + model;
    }
}
