package org.disan.batch.web;

import java.util.List;
import org.disan.search.SearchHit;
import org.disan.search.SnippetText;

/**
 * A search hit as the result list shows it.
 *
 * @param snippetHtml the hit's snippet, checked to be safe to insert as HTML
 * @param hasThumbnail whether {@code /files/{id}/thumbnail-small} has an image to show, or makes
 *     one on first view
 * @param cues the moments of a recording whose words match, each linking to the player there
 */
public record HitView(SearchHit hit, String snippetHtml, boolean hasThumbnail, List<CueView> cues) {

    public static HitView of(SearchHit hit) {
        return new HitView(hit, SnippetText.html(hit.snippet()), hit.hasThumbnail(),
                hit.cues().stream().map(CueView::of).toList());
    }
}
