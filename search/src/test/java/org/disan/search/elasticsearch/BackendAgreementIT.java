package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disan.search.HeritageCorpus;
import org.disan.search.RelevanceCase;
import org.disan.search.RelevanceCases;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.disan.search.SearchResult;
import org.disan.search.lucene.LuceneArchiveIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both backends index the same terms and run queries of the same shape, so on the same records
 * they must return the same hits in the same order, with the same scores, snippet passages,
 * marked words and facets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendAgreementIT {

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    private LuceneArchiveIndex lucene;
    private ElasticsearchArchiveIndex elasticsearch;

    @BeforeAll
    void indexTheCorpusIntoBoth() throws IOException {
        lucene = LuceneArchiveIndex.open(Files.createTempDirectory("disan-agreement-").resolve("index"));
        elasticsearch = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("agreement"));
        lucene.index(HeritageCorpus.records());
        elasticsearch.index(HeritageCorpus.records());
    }

    @AfterAll
    void closeBoth() {
        lucene.close();
        TestElasticsearch.deleteIndices(elasticsearch);
        elasticsearch.close();
    }

    static Stream<SearchRequest> requests() {
        Stream<SearchRequest> relevance = RelevanceCases.all().stream().map(RelevanceCase::request);
        Stream<SearchRequest> others = Stream.of(
                new SearchRequest("", Map.of(), 0, 50, SortOrder.DATE_ASCENDING, Audience.PUBLIC),
                new SearchRequest("đình làng", Map.of(), 0, 50, SortOrder.RELEVANCE, Audience.STAFF),
                new SearchRequest("ha noi", Map.of(), 3, 4, SortOrder.DATE_DESCENDING, Audience.PUBLIC),
                new SearchRequest("le hoi OR festival", Map.of("type", List.of("Image")), 0, 20,
                        SortOrder.RELEVANCE, Audience.PUBLIC));
        return Stream.concat(relevance, others);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void bothBackendsAnswerAlike(SearchRequest request) {
        // when
        SearchResult expected = lucene.search(request);
        SearchResult actual = elasticsearch.search(request);

        // then
        assertThat(actual.total()).isEqualTo(expected.total());
        assertThat(actual.hits()).extracting(SearchHit::id)
                .containsExactlyElementsOf(expected.hits().stream().map(SearchHit::id).toList());
        for (int i = 0; i < expected.hits().size(); i++) {
            SearchHit want = expected.hits().get(i);
            SearchHit got = actual.hits().get(i);
            assertThat(got.score()).as("score of " + got.id()).isCloseTo(want.score(), within(want.score() * 1e-3f + 1e-5f));
            assertThat(text(got.snippet())).as("snippet passages of " + got.id()).isEqualTo(text(want.snippet()));
            assertThat(marked(got.snippet())).as("words marked in " + got.id()).isEqualTo(marked(want.snippet()));
            assertThat(got).usingRecursiveComparison().ignoringFields("score", "snippet").isEqualTo(want);
        }
        assertThat(actual.facets()).isEqualTo(expected.facets());
    }

    // The same passages with the same words marked. Where a phrase word also occurs outside the
    // phrase, the embedded highlighter sometimes marks that occurrence too; the two may differ there.
    private static String text(String snippet) {
        return snippet == null ? null : snippet.replace("<mark>", "").replace("</mark>", "");
    }

    private static Set<String> marked(String snippet) {
        Set<String> words = new TreeSet<>();
        if (snippet != null) {
            Matcher m = MARKED.matcher(snippet);
            while (m.find()) {
                words.add(m.group(1));
            }
        }
        return words;
    }
}
