package org.disan.search;

import java.util.List;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.PreviewType;
import org.disan.search.document.SearchableRecord;

/**
 * One matching record as a result list shows it.
 *
 * @param snippet a passage of the text or description around the match as HTML: matched words are
 *     wrapped in {@code <mark>} and everything else is escaped, so it can be shown as it is (written
 *     by {@link SnippetText#html}, whatever the backend's highlighter wrote)
 * @param thumbnail the small thumbnail's path in the archive store, or {@code null} while none is made
 * @param language the language of the record's content (BCP 47), or {@code null}, so a page can mark it
 * @param access the record's access level, which staff are shown
 * @param hasThumbnail whether the record has a small thumbnail, or gets one when it is first asked
 *     for (a document's first page, a video's keyframe: see {@link PreviewType})
 * @param cues the moments of a recording whose transcript cues match the query, in time order
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
        AccessLevel access,
        List<CueHit> cues) {

    public SearchHit {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    /** How every backend shows a matching record: its catalogue summary, the snippet and the score. */
    public static SearchHit of(ArchiveRecord record, String snippet, float score, List<CueHit> cues) {
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
                snippet == null ? null : SnippetText.html(snippet),
                Float.isNaN(score) ? 0f : score,
                SearchableRecord.language(record),
                record.access().level(),
                cues);
    }

    /** A hit that is no search's match (a related record, say): no moments of a recording. */
    public static SearchHit of(ArchiveRecord record, String snippet, float score) {
        return of(record, snippet, score, List.of());
    }
}
