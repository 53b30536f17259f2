package org.disan.search;

/**
 * One matching record as a result list shows it.
 *
 * @param snippet a passage of the text or description around the match; matched words are wrapped
 *     in {@code <mark>} and everything else is HTML-escaped, so it can be shown as HTML as it is
 * @param thumbnail the small thumbnail's path in the archive store, or {@code null}
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
        String snippet,
        float score) {

    /** The snippet as plain text (no marks, entities decoded), e.g. for a terminal. */
    public String plainSnippet() {
        return SnippetText.plain(snippet);
    }
}
