package org.disan.batch.web;

import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.PreviewType;

/**
 * What a record page shows of the item itself: an image, a document's first page and text, or a
 * player for a recording, with a recording's waveform or a video's keyframe as the player's poster.
 * A preview not made yet is made when the page first asks for it.
 *
 * @param player "audio", "video" or {@code null} when the original is not a recording
 */
record RecordMedia(boolean largeImage, boolean pageImage, String player, String mimeType, boolean fullText,
        boolean waveform, boolean keyframe) {

    static RecordMedia of(ArchiveRecord record) {
        String mimeType = record.technical() != null && record.technical().mimeType() != null
                ? record.technical().mimeType() : "application/octet-stream";
        String player = mimeType.startsWith("audio/") ? "audio" : mimeType.startsWith("video/") ? "video" : null;
        boolean pageImage = PreviewType.offers(record, DerivativeKind.PAGE_IMAGE);
        return new RecordMedia(
                player == null && !pageImage && PreviewType.offers(record, DerivativeKind.THUMBNAIL_LARGE),
                pageImage,
                player,
                mimeType,
                player == null && !record.fullText().isBlank(),
                "audio".equals(player) && PreviewType.offers(record, DerivativeKind.WAVEFORM),
                "video".equals(player) && PreviewType.offers(record, DerivativeKind.KEYFRAME));
    }
}
