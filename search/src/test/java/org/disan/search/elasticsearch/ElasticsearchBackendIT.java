package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.FacetCount;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.disan.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is particular to the Elasticsearch backend: the round trip through a document's source,
 *  batching, Java-side analysis and snippets, and filters in facet counts. */
class ElasticsearchBackendIT {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private ElasticsearchArchiveIndex index;

    @BeforeEach
    void openIndex() {
        index = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("backend"), RetryPolicy.DEFAULT, 2, TODAY);
    }

    @AfterEach
    void deleteIndex() {
        TestElasticsearch.deleteIndices(index);
        index.close();
    }

    @Test
    void getReturnsTheRecordExactlyAsIndexedAndReindexingDoesNotDuplicate() {
        // given
        ArchiveRecord record = Records.record(Records.id(1), "Đình làng Đình Bảng", "Ngôi đình thờ Thành hoàng.");

        // when
        index.index(List.of(record));
        index.index(List.of(record));

        // then
        assertThat(index.get(record.id())).contains(record);
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.get(Records.id(99))).isEmpty();
    }

    @Test
    void indexesEveryBatchAndDeletesByIdWithUnknownIdsIgnored() {
        // given five records in batches of two
        List<ArchiveRecord> records = List.of(
                Records.record(Records.id(1), "Gốm Bát Tràng", "Làng gốm bên sông Hồng."),
                Records.record(Records.id(2), "Tranh Đông Hồ", "Tranh dân gian in trên giấy dó."),
                Records.record(Records.id(3), "Lụa Vạn Phúc", "Làng lụa Hà Đông."),
                Records.record(Records.id(4), "Nón lá Chuông", "Làng nón ở Thanh Oai."),
                Records.record(Records.id(5), "Đúc đồng Ngũ Xã", "Nghề đúc đồng bên hồ Trúc Bạch."));

        // when
        index.index(records);
        index.delete(Records.id(3));

        // then
        assertThat(index.count()).isEqualTo(4);
        assertThat(index.get(Records.id(3))).isEmpty();
        assertThatNoException().isThrownBy(() -> index.delete(Records.id(42)));
    }

    @Test
    void findsVietnameseWithoutDiacriticsAndMarksTheMatchInTheSnippet() {
        // given
        index.index(List.of(
                Records.record(Records.id(1), "Phố cổ", "Khu phố cổ Hà Nội có ba mươi sáu phố phường."),
                Records.record(Records.id(2), "Chợ nổi", "Chợ nổi Cái Răng ở Cần Thơ.")));

        // when
        SearchResult result = index.search(SearchRequest.of("CAN THO", 10));

        // then
        assertThat(result.hits()).extracting(SearchHit::id).containsExactly(Records.id(2));
        SearchHit hit = result.hits().get(0);
        assertThat(hit.snippet()).contains("<mark>Cần</mark> <mark>Thơ</mark>");
        assertThat(hit.thumbnail()).isEqualTo("derivatives/" + Records.id(2) + "/small.jpg");
        assertThat(hit.originalFileName()).isEqualTo(Records.id(2) + ".pdf");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void aPublicSearchNeverSeesRestrictedOrStillEmbargoedRecordsInHitsOrFacetCounts() {
        // given
        ArchiveRecord open = Records.record(Records.id(1), "Ca trù", "Hát ca trù ở Hà Nội.", List.of("ca trù"), "1962");
        ArchiveRecord restricted = Records.withAccess(
                Records.record(Records.id(2), "Ca trù bí mật", "Ca trù.", List.of("bí mật"), "1970"),
                AccessLevel.RESTRICTED, null);
        ArchiveRecord embargoed = Records.withAccess(
                Records.record(Records.id(3), "Ca trù cấm", "Ca trù.", List.of("cấm"), "1980"),
                AccessLevel.EMBARGOED, LocalDate.of(2030, 1, 1));
        ArchiveRecord embargoOver = Records.withAccess(
                Records.record(Records.id(4), "Ca trù hết hạn", "Ca trù.", List.of("hết hạn"), "1990"),
                AccessLevel.EMBARGOED, LocalDate.of(2026, 11, 25));
        index.index(List.of(open, restricted, embargoed, embargoOver));

        // when
        SearchResult asPublic = index.search(SearchRequest.of("ca tru", 10));
        SearchResult asStaff = index.search(
                new SearchRequest("ca tru", Map.of(), 0, 10, SortOrder.RELEVANCE, Audience.STAFF));

        // then
        assertThat(asPublic.total()).isEqualTo(2);
        assertThat(asPublic.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(Records.id(1), Records.id(4));
        assertThat(asPublic.facets().get("subject")).extracting(FacetCount::value)
                .containsExactlyInAnyOrder("ca trù", "hết hạn");
        assertThat(asStaff.total()).isEqualTo(4);
        assertThat(asStaff.facets().get("subject")).hasSize(4);
    }

    @Test
    void sortsByDateWithUndatedRecordsLastAndPages() {
        // given
        index.index(List.of(
                Records.record(Records.id(1), "Làng A", "làng", List.of("x"), "1975-04-30"),
                Records.record(Records.id(2), "Làng B", "làng", List.of("x"), "1945"),
                Records.record(Records.id(3), "Làng C", "làng", List.of("x"), null),
                Records.record(Records.id(4), "Làng D", "làng", List.of("x"), "2001-09")));

        // when
        SearchRequest firstPage = new SearchRequest("lang", Map.of(), 0, 2, SortOrder.DATE_ASCENDING, Audience.PUBLIC);
        SearchRequest secondPage = new SearchRequest("lang", Map.of(), 2, 2, SortOrder.DATE_ASCENDING, Audience.PUBLIC);
        SearchRequest newestFirst = new SearchRequest("lang", Map.of(), 0, 4, SortOrder.DATE_DESCENDING, Audience.PUBLIC);

        // then
        assertThat(index.search(firstPage).hits()).extracting(SearchHit::id).containsExactly(Records.id(2), Records.id(1));
        assertThat(index.search(secondPage).hits()).extracting(SearchHit::id).containsExactly(Records.id(4), Records.id(3));
        assertThat(index.search(newestFirst).hits()).extracting(SearchHit::id)
                .containsExactly(Records.id(4), Records.id(1), Records.id(2), Records.id(3));
        assertThat(index.search(firstPage).total()).isEqualTo(4);
    }
}
