package org.disan.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.RelatedTerms;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;

/** Records like a given one, through Lucene's {@link MoreLikeThis} over {@link RelatedTerms}. */
final class RelatedRecords {

    private final Analyzer analyzer;

    RelatedRecords(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<SearchHit> find(IndexSearcher searcher, String id, int limit, SearchRequest.Audience audience,
            LocalDate today) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(LuceneFields.ID, id)), 1);
        if (limit <= 0 || found.scoreDocs.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        ArchiveRecord record = HitReader.record(stored, found.scoreDocs[0].doc);
        if (audience == SearchRequest.Audience.PUBLIC && !record.access().isPublicOn(today)) {
            return List.of();
        }
        Query others = new BooleanQuery.Builder()
                .add(likeQuery(searcher, record), Occur.MUST)
                .add(new TermQuery(new Term(LuceneFields.ID, id)), Occur.MUST_NOT)
                .build();
        SearchRequest visibility = new SearchRequest("", Map.of(), 0, limit, SearchRequest.SortOrder.RELEVANCE, audience);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc match : searcher.search(SearchFilters.apply(others, visibility, today), limit).scoreDocs) {
            hits.add(SearchHit.of(HitReader.record(stored, match.doc), "", match.score));
        }
        return List.copyOf(hits);
    }

    private Query likeQuery(IndexSearcher searcher, ArchiveRecord record) throws IOException {
        Map<String, List<String>> terms = RelatedTerms.of(record);
        MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
        moreLikeThis.setAnalyzer(analyzer);
        moreLikeThis.setFieldNames(terms.keySet().toArray(String[]::new));
        moreLikeThis.setMinTermFreq(RelatedTerms.MIN_TERM_FREQUENCY);
        moreLikeThis.setMinDocFreq(RelatedTerms.MIN_DOC_FREQUENCY);
        moreLikeThis.setMaxQueryTerms(RelatedTerms.MAX_QUERY_TERMS);
        Map<String, Collection<Object>> document = new LinkedHashMap<>();
        terms.forEach((field, values) -> document.put(field, List.copyOf(values)));
        return moreLikeThis.like(document);
    }
}
