package org.disan.batch.cli;

import java.util.List;
import org.disan.search.SearchHit;
import org.disan.search.SearchResult;

/**
 * The JSON that {@code disan search --json} prints for scripts. Its field names are a public
 * interface: add fields, never rename them.
 */
record SearchHitsJson(String query, long total, List<Hit> hits) {

    record Hit(
            String id,
            String title,
            String originalFileName,
            String type,
            String mimeType,
            String date,
            String place,
            float score,
            String snippet,
            boolean hasThumbnail,
            List<Cue> cues) {}

    /** A moment of a recording whose words match: times in seconds, plain text. */
    record Cue(double start, double end, String language, String text) {}

    static SearchHitsJson of(String query, SearchResult result) {
        List<Hit> hits = result.hits().stream().map(SearchHitsJson::hit).toList();
        return new SearchHitsJson(query, result.total(), hits);
    }

    private static Hit hit(SearchHit hit) {
        return new Hit(hit.id(), hit.title(), hit.originalFileName(), hit.type(), hit.mimeType(), hit.date(),
                hit.place(), hit.score(), hit.snippet(), hit.hasThumbnail(),
                hit.cues().stream().map(c -> new Cue(c.start(), c.end(), c.language(), c.text())).toList());
    }
}
