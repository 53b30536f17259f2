package org.disan.search;

import java.util.List;
import java.util.Map;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the contract tests share: the backend's {@link #newIndex()}, one index holding
 * {@link HeritageCorpus} for read-only checks, and small helpers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IndexContractBase {

    private ArchiveIndex corpus;

    /** A new, empty index of the backend under test; the test closes it. */
    protected abstract ArchiveIndex newIndex();

    @BeforeAll
    void indexCorpus() {
        corpus = newIndex();
        corpus.index(HeritageCorpus.records());
    }

    @AfterAll
    void closeCorpus() {
        corpus.close();
    }

    /** The shared index holding {@link HeritageCorpus}; tests must not change it. */
    protected ArchiveIndex corpus() {
        return corpus;
    }

    protected static SearchRequest request(String query, Audience audience) {
        return new SearchRequest(query, Map.of(), 0, 50, SortOrder.RELEVANCE, audience);
    }

    protected static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    protected static List<FacetCount> facet(SearchResult result, String name) {
        return result.facets().getOrDefault(name, List.of());
    }
}
