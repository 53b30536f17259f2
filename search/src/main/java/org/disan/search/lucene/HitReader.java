package org.disan.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.SearchHit;
import org.disan.search.document.SearchableRecord;

/** Reads stored records back and turns a page of matches into {@link SearchHit}s. */
final class HitReader {

    private static final Set<String> STORED = Set.of(LuceneFields.RECORD_JSON, LuceneFields.FULL_TEXT);

    private HitReader() {}

    static ArchiveRecord record(StoredFields stored, int docId) throws IOException {
        Document doc = stored.document(docId, STORED);
        String fullText = doc.get(LuceneFields.FULL_TEXT);
        return RecordJson.read(doc.get(LuceneFields.RECORD_JSON), fullText == null ? "" : fullText);
    }

    static List<SearchHit> hits(IndexSearcher searcher, Snippets snippets, Query query,
            ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[page.length];
        ArchiveRecord[] records = new ArchiveRecord[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            records[i] = record(stored, page[i].doc);
        }
        String[] marked = snippets.forDocs(query, docIds);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(records[i], marked[i], page[i].score));
        }
        return hits;
    }

    private static SearchHit hit(ArchiveRecord record, String snippet, float score) {
        SearchableRecord searchable = SearchableRecord.of(record);
        var dc = record.dublinCore();
        String place = dc.coverage().isEmpty() ? null : String.join("; ", dc.coverage());
        return new SearchHit(
                record.id(),
                record.displayTitle(),
                dc.type(),
                record.technical() == null ? null : record.technical().mimeType(),
                dc.date(),
                place,
                record.provenance() == null ? null : record.provenance().originalFileName(),
                searchable.thumbnail(),
                snippet,
                Float.isNaN(score) ? 0f : score);
    }
}
