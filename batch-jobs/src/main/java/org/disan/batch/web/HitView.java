package org.disan.batch.web;

import org.disan.search.SearchHit;

/**
 * A search hit as the result list shows it.
 *
 * @param snippetHtml the hit's snippet, checked to be safe to insert as HTML
 * @param hasThumbnail whether {@code /files/{id}/thumbnail-small} has an image to show, or makes
 *     one on first view
 */
public record HitView(SearchHit hit, String snippetHtml, boolean hasThumbnail) {

    public static HitView of(SearchHit hit) {
        return new HitView(hit, SafeSnippet.html(hit.snippet()), hit.hasThumbnail());
    }
}
