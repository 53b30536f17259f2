package org.disan.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.CueHit;
import org.disan.search.SearchHit;

/** Reads stored records back and turns a page of matches into {@link SearchHit}s. */
final class HitReader {

    private static final Set<String> STORED = Set.of(LuceneFields.RECORD_JSON, LuceneFields.FULL_TEXT);

    private HitReader() {}

    static ArchiveRecord record(StoredFields stored, int docId) throws IOException {
        Document doc = stored.document(docId, STORED);
        String fullText = doc.get(LuceneFields.FULL_TEXT);
        return RecordDocument.stored(doc.get(LuceneFields.RECORD_JSON), fullText == null ? "" : fullText);
    }

    static List<SearchHit> hits(IndexSearcher searcher, Snippets snippets, TranscriptCues cues, Query query,
            ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[page.length];
        List<ArchiveRecord> records = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            records.add(record(stored, page[i].doc));
        }
        String[] marked = snippets.forDocs(query, docIds, records);
        List<List<CueHit>> moments = cues.of(query, records);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(SearchHit.of(records.get(i), marked[i], page[i].score, moments.get(i)));
        }
        return hits;
    }
}
