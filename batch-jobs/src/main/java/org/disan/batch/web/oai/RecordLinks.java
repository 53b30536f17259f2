package org.disan.batch.web.oai;

import org.disan.batch.web.iiif.IiifRecordLinks;
import org.disan.ingest.model.PreviewType;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;

/** Where a record lives on the site: its permalink and, when it has them, its thumbnail and IIIF manifest. */
record RecordLinks(String siteUrl) {

    RecordLinks {
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    String permalink(ArchiveRecord record) {
        return siteUrl + "/records/" + record.id();
    }

    /** The small thumbnail's address, for records that have one or get one on first view. */
    String thumbnail(ArchiveRecord record) {
        return PreviewType.offers(record, DerivativeKind.THUMBNAIL_SMALL)
                ? siteUrl + "/files/" + record.id() + "/thumbnail-small" : null;
    }

    /** The IIIF manifest's address, for records whose manifest has canvases. */
    String manifest(ArchiveRecord record) {
        String path = IiifRecordLinks.manifestPath(record);
        return path == null ? null : siteUrl + path;
    }
}
