package org.disan.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.metadata.Metadata;

/**
 * The technical properties worth showing a researcher, under stable names, from whichever Tika
 * key the file's parser used.
 */
final class TechnicalProperties {

    private TechnicalProperties() {}

    static Map<String, String> of(Metadata metadata) {
        MetadataValues v = new MetadataValues(metadata);
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "width", digits(v.first("tiff:ImageWidth", "Image Width", "width")));
        put(p, "height", digits(v.first("tiff:ImageLength", "Image Height", "height")));
        put(p, "duration", v.first("xmpDM:duration"));
        put(p, "sampleRate", v.first("xmpDM:audioSampleRate", "samplerate"));
        put(p, "channels", v.first("xmpDM:audioChannelType", "channels"));
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
