package org.disan.batch.web.iiif;

import org.disan.ingest.model.ArchiveRecord;
import org.springframework.stereotype.Component;

/**
 * What a record page links of IIIF: its manifest, for records that have canvases, and whether it
 * gets the deep-zoom viewer. Pages call it as {@code @iiifLinks}.
 */
@Component("iiifLinks")
public class IiifRecordLinks {

    /** The record's manifest address, relative to the site; {@code null} when it has none. */
    public String manifest(ArchiveRecord record) {
        return manifestPath(record);
    }

    /**
     * The manifest address, relative to the site, of a record with canvases (a picture, a PDF, a
     * recording of known length); {@code null} for others. For callers outside the page templates.
     */
    public static String manifestPath(ArchiveRecord record) {
        boolean canvases = ImageSources.offersImages(record) || Canvases.playable(record);
        return canvases ? IiifLinks.BASE + record.id() + "/manifest" : null;
    }

    /** Whether the record's images (a picture, a PDF's pages) open in the deep-zoom viewer. */
    public boolean deepZoom(ArchiveRecord record) {
        return ImageSources.offersImages(record);
    }
}
