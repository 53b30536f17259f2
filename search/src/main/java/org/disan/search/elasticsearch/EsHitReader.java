package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.CueHit;
import org.disan.search.SearchHit;
import org.disan.search.lucene.RecordSnippets;
import org.disan.search.lucene.TranscriptCues;
import org.disan.search.query.QueryNode;

/**
 * Turns Elasticsearch hits back into records and {@link SearchHit}s. Snippets are the embedded
 * index's, made in Java: Elasticsearch's own highlighters would analyse the original text with the
 * whitespace analyzer and never see that "ha noi" matches "Hà Nội".
 */
final class EsHitReader {

    private final RecordSnippets snippets = new RecordSnippets();
    private final TranscriptCues cues = new TranscriptCues();

    /** The hits of one page, with their snippets. */
    List<SearchHit> page(List<Hit<EsSource>> page, QueryNode query) {
        List<ArchiveRecord> records = page.stream().map(h -> EsSource.recordOf(h.source())).toList();
        String[] marked = snippets.of(query, records);
        List<List<CueHit>> moments = cues.of(query, records);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Double score = page.get(i).score();
            hits.add(SearchHit.of(records.get(i), marked[i], score == null ? 0f : score.floatValue(),
                    moments.get(i)));
        }
        return hits;
    }
}
