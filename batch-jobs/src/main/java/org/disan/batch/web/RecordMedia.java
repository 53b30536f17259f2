package org.disan.batch.web;

import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;

/**
 * What a record page shows of the item itself: an image, a document's first page and text, or a
 * player for a recording.
 *
 * @param player "audio", "video" or {@code null} when the original is not a recording
 */
record RecordMedia(boolean largeImage, boolean pageImage, String player, String mimeType, boolean fullText) {

    static RecordMedia of(ArchiveRecord record) {
        String mimeType = record.technical() != null && record.technical().mimeType() != null
                ? record.technical().mimeType() : "application/octet-stream";
        String player = mimeType.startsWith("audio/") ? "audio" : mimeType.startsWith("video/") ? "video" : null;
        boolean pageImage = record.derivative(DerivativeKind.PAGE_IMAGE).isPresent();
        return new RecordMedia(
                !pageImage && record.derivative(DerivativeKind.THUMBNAIL_LARGE).isPresent(),
                pageImage,
                player,
                mimeType,
                player == null && !record.fullText().isBlank());
    }
}
