package org.disan.search;

import org.disan.ingest.derive.PreviewType;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.disan.search.document.SearchableRecord;

/**
 * One matching record as a result list shows it.
 *
 * @param snippet a passage of the text or description around the match; matched words are wrapped
 *     in {@code <mark>} and everything else is HTML-escaped, so it can be shown as HTML as it is
 * @param thumbnail the small thumbnail's path in the archive store, or {@code null} while none is made
 * @param language the language of the record's content (BCP 47), or {@code null}, so a page can mark it
 * @param access the record's access level, which staff are shown
 * @param hasThumbnail whether the record has a small thumbnail, or gets one when it is first asked
 *     for (a document's first page, a video's keyframe: see {@link PreviewType})
 */
public record SearchHit(
        String id,
        String title,
        String type,
        String mimeType,
        String date,
        String place,
        String originalFileName,
        String thumbnail,
        boolean hasThumbnail,
        String snippet,
        float score,
        String language,
        AccessLevel access) {

    /** How every backend shows a matching record: its catalogue summary, the snippet and the score. */
    public static SearchHit of(ArchiveRecord record, String snippet, float score) {
        DublinCore dc = record.dublinCore();
        return new SearchHit(
                record.id(),
                record.displayTitle(),
                dc.type(),
                record.technical() == null ? null : record.technical().mimeType(),
                dc.date(),
                dc.coverage().isEmpty() ? null : String.join("; ", dc.coverage()),
                record.provenance() == null ? null : record.provenance().originalFileName(),
                record.derivative(DerivativeKind.THUMBNAIL_SMALL).map(d -> d.path()).orElse(null),
                PreviewType.offers(record, DerivativeKind.THUMBNAIL_SMALL),
                snippet,
                Float.isNaN(score) ? 0f : score,
                SearchableRecord.language(record),
                record.access().level());
    }

    /** The snippet as plain text (no marks, entities decoded), e.g. for a terminal. */
    public String plainSnippet() {
        return SnippetText.plain(snippet);
    }
}
