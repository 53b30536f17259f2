package org.disan.ingest;

import org.apache.tika.metadata.Metadata;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.LanguageTags;

/**
 * Maps what a file says about itself (Tika metadata: document properties, EXIF, IPTC, XMP,
 * audio tags) onto Dublin Core. Camera EXIF reaches us only under raw keys such as
 * {@code Exif IFD0:Artist}, so those are read too.
 */
final class DublinCoreMapper {

    private DublinCoreMapper() {}

    static DublinCore map(Metadata metadata, Identification id) {
        MetadataValues v = new MetadataValues(metadata);
        return new DublinCore(
                null,
                v.first("dc:title", "xmpDM:album", "Iptc:Object Name", "Object Name"),
                v.all("dc:creator", "Exif IFD0:Artist", "xmpDM:artist", "meta:author", "Author", "By-line"),
                v.split("\\s*[;,]\\s*", "dc:subject", "Iptc:Keywords", "Keywords", "meta:keyword"),
                v.first("dc:description", "Iptc:Caption/Abstract", "Exif IFD0:Image Description",
                        "Image Description"),
                v.first("dc:publisher"),
                v.all("dc:contributor"),
                EmbeddedDates.created(v),
                dcmiType(id),
                id.mimeType(),
                null,
                language(v.first("dc:language")),
                null,
                v.all("Iptc:City", "City"),
                v.first("dc:rights", "Exif IFD0:Copyright", "Copyright Notice"));
    }

    /** A file's own language tag ("en-US") as the sheet's are: the BCP 47 language alone ("en"). */
    private static String language(String embedded) {
        return embedded == null ? null : LanguageTags.normalise(embedded).orElse(embedded);
    }

    /** The DCMI Type Vocabulary term for a media type. */
    static String dcmiType(Identification id) {
        return switch (id.majorType()) {
            case "image" -> "StillImage";
            case "audio" -> "Sound";
            case "video" -> "MovingImage";
            case "text" -> "Text";
            default -> id.mimeType().startsWith("application/") ? "Text" : null;
        };
    }
}
