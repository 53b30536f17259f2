package org.disan.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.document.Facet;
import org.disan.search.document.SearchableRecord;
import org.disan.search.harvest.HarvestCursor;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;
import org.disan.search.harvest.HarvestSet;

/** Harvest pages on the embedded index: a datestamp range, (datestamp, id) order, search-after paging. */
final class LuceneHarvest {

    private static final Sort ORDER = new Sort(
            new SortField(LuceneFields.DATESTAMP, SortField.Type.LONG),
            new SortField(LuceneFields.HARVEST_ORDER_ID, SortField.Type.STRING));

    private LuceneHarvest() {}

    static HarvestPage page(IndexSearcher searcher, HarvestQuery query, LocalDate today) throws IOException {
        Query matching = matching(query, today);
        long total = searcher.count(matching);
        int wanted = Math.max(1, query.limit());
        TopDocs found = query.after() == null
                ? searcher.search(matching, wanted, ORDER)
                : searcher.searchAfter(after(query.after(), searcher), matching, wanted, ORDER);
        StoredFields stored = searcher.storedFields();
        List<ArchiveRecord> records = new ArrayList<>(found.scoreDocs.length);
        for (ScoreDoc hit : found.scoreDocs) {
            if (records.size() < query.limit()) {
                records.add(RecordDocument.stored(stored.document(hit.doc).get(LuceneFields.RECORD_JSON), ""));
            }
        }
        return new HarvestPage(total, records);
    }

    /** The set's values that at least one publicly visible record carries, in order. */
    static List<String> setValues(IndexSearcher searcher, HarvestSet set, LocalDate today) throws IOException {
        String field = field(set);
        List<String> values = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms == null) {
            return values;
        }
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            Query visible = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(field, BytesRef.deepCopyOf(term))), Occur.FILTER)
                    .add(SearchFilters.publicOn(today), Occur.FILTER)
                    .build();
            if (searcher.count(visible) > 0) {
                values.add(term.utf8ToString());
            }
        }
        return values;
    }

    private static Query matching(HarvestQuery query, LocalDate today) {
        Query visible = new BooleanQuery.Builder()
                .add(SearchFilters.publicOn(today), Occur.SHOULD)
                .add(new TermQuery(new Term(LuceneFields.WITHDRAWN, "true")), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(LuceneFields.DATESTAMP,
                        query.from() == null ? Long.MIN_VALUE : query.from(),
                        query.until() == null ? Long.MAX_VALUE : query.until()), Occur.FILTER)
                .add(visible, Occur.FILTER);
        if (query.set() != null) {
            builder.add(inSet(query), Occur.FILTER);
        }
        return builder.build();
    }

    private static Query inSet(HarvestQuery query) {
        List<String> values = SearchableRecord.nfc(query.setValues());
        if (values.isEmpty()) {
            return new MatchNoDocsQuery("no such set");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        for (String value : values) {
            any.add(new TermQuery(new Term(field(query.set()), value)), Occur.SHOULD);
        }
        return any.build();
    }

    private static String field(HarvestSet set) {
        return set == HarvestSet.COLLECTION ? LuceneFields.facetFilter(Facet.COLLECTION) : LuceneFields.SUBMISSION;
    }

    /**
     * The cursor as Lucene's search-after position. Only the cursor's own record can tie with it on
     * (datestamp, id); the last doc id puts that record before the position, so it is not sent again.
     */
    private static FieldDoc after(HarvestCursor cursor, IndexSearcher searcher) {
        int last = Math.max(0, searcher.getIndexReader().maxDoc() - 1);
        return new FieldDoc(last, Float.NaN, new Object[] {cursor.datestamp(), new BytesRef(cursor.id())});
    }
}
