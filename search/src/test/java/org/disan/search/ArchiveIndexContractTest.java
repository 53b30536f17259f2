package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disan.search.HeritageCorpus.*;
import static org.disan.search.RecordBuilder.record;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link ArchiveIndex} backend must show. A backend's test extends this class
 * and supplies {@link #newIndex()}; nothing here knows which backend runs. This class holds the
 * search checks (relevance set, access, facets, sort, paging, snippets, errors, suggestions); the
 * storage checks come from {@link RecordStorageContract}, the failures from
 * {@link IndexFailureContract}, the related records from
 * {@link RelatedRecordsContract}.
 */
public abstract class ArchiveIndexContractTest extends RelatedRecordsContract {

    static Stream<RelevanceCase> relevanceCases() {
        return RelevanceCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relevanceCases")
    void relevance(RelevanceCase relevanceCase) {
        relevanceCase.check(corpus().search(relevanceCase.request()));
    }

    @Test
    void relevanceSetHasAtLeastThirtyQueries() {
        assertThat(RelevanceCases.all()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void facetValuesWithEqualCountsAreInAlphabeticalOrder() {
        List<FacetCount> types = facet(corpus().search(SearchRequest.of("", 0)), "type");

        assertThat(types).isSortedAccordingTo((a, b) -> a.count() != b.count()
                ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
    }

    @Test
    void selectingADecadeOrYearFacetNarrowsToIt() {
        SearchResult seventies = corpus().search(new SearchRequest("", Map.of("decade", List.of("1970s")),
                0, 10, SortOrder.DATE_ASCENDING, Audience.PUBLIC));
        SearchResult year = corpus().search(new SearchRequest("", Map.of("year", List.of("1975")),
                0, 10, SortOrder.RELEVANCE, Audience.PUBLIC));

        assertThat(ids(seventies)).containsExactly(IRRIGATION, WAR_LETTERS, INDEPENDENCE_PALACE);
        assertThat(ids(year)).containsExactly(INDEPENDENCE_PALACE);
    }

    @Test
    void publicSearchesNeverSeeRestrictedOrStillEmbargoedRecords() {
        SearchResult forPublic = corpus().search(request("đình làng", Audience.PUBLIC));
        SearchResult forStaff = corpus().search(request("đình làng", Audience.STAFF));

        assertThat(ids(forPublic)).doesNotContain(SECRET_FILE, DIARY);
        assertThat(ids(forStaff)).contains(SECRET_FILE, DIARY);
        assertThat(facet(forPublic, "subject")).contains(new FacetCount("đình làng", 1));
        assertThat(facet(forStaff, "subject")).contains(new FacetCount("đình làng", 3));
    }

    @Test
    void anEndedEmbargoMakesARecordPublic() {
        assertThat(ids(corpus().search(SearchRequest.of("thư từ thời chiến", 10)))).contains(WAR_LETTERS);
    }

    @Test
    void anEmptyQueryMatchesEveryVisibleRecordWithFacetCounts() {
        SearchResult all = corpus().search(SearchRequest.of("", 5));

        assertThat(all.total()).isEqualTo(HeritageCorpus.records().size() - 2);
        assertThat(all.hits()).hasSize(5);
        assertThat(facet(all, "type")).first().isEqualTo(new FacetCount("Image", 12));
        assertThat(facet(all, "decade")).contains(new FacetCount("1970s", 3));
        assertThat(facet(all, "language")).contains(new FacetCount("en", 3));
        assertThat(facet(all, "place")).contains(new FacetCount("Hà Nội", 4),
                new FacetCount("Sài Gòn", 3));
        assertThat(all.facets()).containsKeys("type", "collection", "language", "decade", "year",
                "creator", "subject", "place");
    }

    @Test
    void facetFiltersNarrowHitsAndCounts() {
        SearchResult images = corpus().search(new SearchRequest("", Map.of("type", List.of("Image")), 0,
                50, SortOrder.RELEVANCE, Audience.PUBLIC));

        assertThat(images.total()).isEqualTo(12);
        assertThat(images.hits()).extracting(SearchHit::type).containsOnly("Image");
        assertThat(facet(images, "type")).containsExactly(new FacetCount("Image", 12));
    }

    @Test
    void decomposedFacetSelectionsMatchComposedValues() {
        SearchResult saigon = corpus().search(new SearchRequest("",
                Map.of("place", List.of(nfd("Sài Gòn"))), 0, 10, SortOrder.RELEVANCE, Audience.PUBLIC));

        assertThat(ids(saigon)).containsExactlyInAnyOrder(INDEPENDENCE_PALACE, SAIGON_STREETS, BEN_THANH);
    }

    @Test
    void valuesOfOneFacetMustAllMatch() {
        SearchResult both = corpus().search(new SearchRequest("",
                Map.of("subject", List.of("lễ hội", "Phật giáo")), 0, 10, SortOrder.RELEVANCE,
                Audience.PUBLIC));

        assertThat(ids(both)).containsExactly(PERFUME_PAGODA);
    }

    @Test
    void sortsByDateBothWaysWithUndatedRecordsLast() {
        SearchResult oldest = corpus().search(new SearchRequest("", Map.of(), 0, 3,
                SortOrder.DATE_ASCENDING, Audience.PUBLIC));
        SearchResult newest = corpus().search(new SearchRequest("", Map.of(), 0, 3,
                SortOrder.DATE_DESCENDING, Audience.PUBLIC));

        assertThat(ids(oldest)).containsExactly(BEN_THANH, KIEU, OLD_QUARTER);
        assertThat(ids(newest)).containsExactly(CONICAL_HAT, BAT_TRANG, PERFUME_PAGODA);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        SearchResult whole = corpus().search(new SearchRequest("", Map.of(), 0, 100,
                SortOrder.DATE_ASCENDING, Audience.PUBLIC));
        SearchResult second = corpus().search(new SearchRequest("", Map.of(), 5, 5,
                SortOrder.DATE_ASCENDING, Audience.PUBLIC));
        SearchResult beyond = corpus().search(new SearchRequest("", Map.of(), 500, 5,
                SortOrder.DATE_ASCENDING, Audience.PUBLIC));

        assertThat(ids(second)).isEqualTo(ids(whole).subList(5, 10));
        assertThat(second.total()).isEqualTo(whole.total());
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(whole.total());
    }

    @Test
    void aZeroLimitGivesTotalsAndFacetsWithoutHits() {
        SearchResult counted = corpus().search(SearchRequest.of("ha noi", 0));

        assertThat(counted.hits()).isEmpty();
        assertThat(counted.total()).isPositive();
        assertThat(facet(counted, "type")).isNotEmpty();
    }

    @Test
    void hitsCarryWhatAResultListShows() {
        SearchHit hit = corpus().search(SearchRequest.of("phố cổ hà nội", 1)).hits().get(0);

        assertThat(hit.id()).isEqualTo(OLD_QUARTER);
        assertThat(hit.title()).isEqualTo("Phố cổ Hà Nội năm 1950");
        assertThat(hit.type()).isEqualTo("Image");
        assertThat(hit.mimeType()).isEqualTo("image/jpeg");
        assertThat(hit.date()).isEqualTo("1950-05-12");
        assertThat(hit.place()).isEqualTo("Hà Nội");
        assertThat(hit.originalFileName()).isEqualTo("pho-co.jpg");
        assertThat(hit.thumbnail()).isEqualTo("derivatives/pho-co/small.jpg");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void snippetsMarkFoldedMatchesInTheText() {
        SearchHit hit = corpus().search(SearchRequest.of("thu tu thoi chien ha noi", 1)).hits().get(0);

        assertThat(hit.id()).isEqualTo(WAR_LETTERS);
        assertThat(hit.snippet()).contains("<mark>Hà</mark> <mark>Nội</mark>");
    }

    @Test
    void snippetsFallBackToTheDescription() {
        SearchHit hit = corpus().search(SearchRequest.of("hang dao", 1)).hits().get(0);

        assertThat(hit.snippet()).contains("<mark>Hàng</mark> <mark>Đào</mark>");
    }

    @Test
    void snippetsMarkEnglishStemMatches() {
        SearchHit hit = corpus().search(SearchRequest.of("artisan skill", 1)).hits().get(0);

        assertThat(hit.snippet()).contains("<mark>Artisans</mark>", "<mark>skills</mark>");
    }

    @Test
    void snippetsEscapeEverythingButTheMarks() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(record("x").title("<b>Bảng</b>")
                    .text("Ghi chú: <script>alert(1)</script> & bảng gỗ khắc chữ.").build()));

            String snippet = index.search(SearchRequest.of("bang go", 1)).hits().get(0).snippet();

            assertThat(snippet).contains("&lt;script&gt;", "<mark>bảng</mark>", "&amp;")
                    .doesNotContain("<script>");
            assertThat(SnippetText.plain(snippet))
                    .contains("Ghi chú: <script>alert(1)</script> & bảng gỗ khắc chữ.");
        }
    }

    @Test
    void snippetsRenderTheSourceTextsInlineMarkupAndLeaveSlashesAlone() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(record("x").title("Thành phố trong sông")
                    .text("Hà Nội có tổng diện tích hơn 3.300 km<sup>2</sup>, quy hoạch 2030/2050.").build()));

            String snippet = index.search(SearchRequest.of("dien tich", 1)).hits().get(0).snippet();

            assertThat(snippet).contains("3.300 km², quy hoạch 2030/2050")
                    .doesNotContain("&lt;sup&gt;", "&#x2F;");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"ha noi", "ha noi AND", "OR hue", "year:2000..1990", "year:abc",
            "(lễ hội", "lễ hội)", "title:", "*noi", "t*", "NOT",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh"})
    void malformedQueriesAreRejectedWithAMessage(String query) {
        assertThatThrownBy(() -> corpus().search(SearchRequest.of(query, 10)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageNotContaining("Exception")
                .message().isNotBlank();
    }

    @Test
    void anUnknownFacetIsRejectedWithAMessage() {
        assertThatThrownBy(() -> corpus().search(new SearchRequest("", Map.of("colour", List.of("red")),
                0, 10, SortOrder.RELEVANCE, Audience.PUBLIC)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("colour");
    }

    @Test
    void suggestsCompletionsFromWhatTheAudienceMaySee() {
        assertThat(corpus().suggest("ha n", 5, Audience.PUBLIC)).first().isEqualTo("Hà Nội");
        assertThat(corpus().suggest("phố c", 5, Audience.PUBLIC))
                .contains("phố cổ", "Phố cổ Hà Nội năm 1950");
        assertThat(corpus().suggest("ho so", 5, Audience.PUBLIC))
                .doesNotContain("Hồ sơ trùng tu đình Đình Bảng");
        assertThat(corpus().suggest("ho so", 5, Audience.STAFF))
                .contains("Hồ sơ trùng tu đình Đình Bảng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\"(", "*", "zzzzqx"})
    void suggestsNothingForInputThatFindsNothing(String typed) {
        assertThat(corpus().suggest(typed, 5, Audience.PUBLIC)).isEmpty();
    }
}
