package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.search.RecordBuilder.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * What every backend makes of the values a museum's sheet gives: its collection, its extra
 * columns, several languages, dates as museums write them; and a record's access changed later,
 * with its modification time.
 */
public abstract class SheetFieldsContract extends HarvestContract {

    private static SearchRequest all(Map<String, List<String>> filters, SortOrder sort, Audience audience) {
        return new SearchRequest("", filters, 0, 50, sort, audience);
    }

    @Test
    void aSheetsCollectionIsTheCollectionFacetAndFilter() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(
                    record("binh").title("Bình gốm men lam").collection("nop-2026.zip").sheetCollection("Gốm Bát Tràng").build(),
                    record("dia").title("Đĩa gốm").collection("nop-2026.zip").build()));

            SearchResult result = index.search(all(Map.of(), SortOrder.RELEVANCE, Audience.PUBLIC));
            SearchResult filtered = index.search(
                    all(Map.of("collection", List.of("Gốm Bát Tràng")), SortOrder.RELEVANCE, Audience.PUBLIC));
            SearchResult queried = index.search(request("collection:\"gom bat trang\"", Audience.PUBLIC));

            assertThat(facet(result, "collection")).extracting(FacetCount::value)
                    .containsExactlyInAnyOrder("Gốm Bát Tràng", "nop-2026.zip");
            assertThat(ids(filtered)).containsExactly("binh");
            assertThat(ids(queried)).containsExactly("binh");
            assertThat(index.get("binh").orElseThrow().collection()).isEqualTo("Gốm Bát Tràng");
        }
    }

    @Test
    void extraColumnsAreFoundByFreeTextAndKeptOnTheRecord() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(record("binh").title("Bình gốm").extra("Tình trạng", "nứt nhẹ ở miệng")
                    .extra("Số đăng ký", "BT-1982-007").build()));

            assertThat(ids(index.search(request("nut nhe", Audience.PUBLIC)))).containsExactly("binh");
            assertThat(index.get("binh").orElseThrow().extraFields()).extracting(e -> e.name() + "=" + e.value())
                    .containsExactly("Tình trạng=nứt nhẹ ở miệng", "Số đăng ký=BT-1982-007");
        }
    }

    @Test
    void eachLanguageOfABilingualRecordIsItsOwnFacetValue() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(record("song-ngu").title("Song ngữ").language("vi; en").build(),
                    record("viet").title("Tiếng Việt").language("vi").build()));

            SearchResult result = index.search(all(Map.of(), SortOrder.RELEVANCE, Audience.PUBLIC));
            SearchResult english = index.search(all(Map.of("language", List.of("en")), SortOrder.RELEVANCE,
                    Audience.PUBLIC));

            assertThat(facet(result, "language")).containsExactly(new FacetCount("vi", 2), new FacetCount("en", 1));
            assertThat(ids(english)).containsExactly("song-ngu");
        }
    }

    @Test
    void datesAsMuseumsWriteThemSortAndFacetByTheirEdtfForm() {
        try (ArchiveIndex index = newIndex()) {
            index.index(List.of(
                    record("khoang").title("a").date("khoảng 1960").build(),
                    record("thap-nien").title("b").date("thập niên 1950").build(),
                    record("dong-ho").title("c").date("1982-07-15T10:00:00Z").build(),
                    record("ngay").title("d").date("14/7/1982").build(),
                    record("khoang-thoi-gian").title("e").date("2024/2026").build()));

            SearchResult byDate = index.search(all(Map.of(), SortOrder.DATE_ASCENDING, Audience.PUBLIC));

            assertThat(ids(byDate)).containsExactly("thap-nien", "khoang", "ngay", "dong-ho", "khoang-thoi-gian");
            assertThat(facet(byDate, "decade")).extracting(FacetCount::value)
                    .containsExactlyInAnyOrder("1950s", "1960s", "1980s", "2020s");
            assertThat(facet(byDate, "year")).extracting(FacetCount::value).contains("1960", "2024");
            assertThat(index.get("khoang").orElseThrow().dublinCore().date()).isEqualTo("khoảng 1960");
        }
    }

    @Test
    void aChangedAccessIsSeenAtOnceAndTheRecordsChangedLastComeFirst() {
        try (ArchiveIndex index = newIndex()) {
            Instant ingested = Instant.parse("2026-03-01T08:00:00Z");
            ArchiveRecord caTru = record("ca-tru").title("Ca trù").modified(ingested).build();
            index.index(List.of(caTru, record("xoan").title("Hát xoan").modified(ingested.plusSeconds(60)).build(),
                    record("cheo").title("Chèo").build()));
            assertThat(ids(index.search(request("ca tru", Audience.PUBLIC)))).containsExactly("ca-tru");

            Instant changed = Instant.parse("2026-12-06T18:00:00Z");
            index.index(List.of(caTru.withAccess(Access.RESTRICTED, changed)));

            assertThat(index.search(request("ca tru", Audience.PUBLIC)).hits()).isEmpty();
            assertThat(ids(index.search(request("ca tru", Audience.STAFF)))).containsExactly("ca-tru");
            ArchiveRecord stored = index.get("ca-tru").orElseThrow();
            assertThat(stored.access()).isEqualTo(Access.RESTRICTED);
            assertThat(stored.modified()).isEqualTo(changed);
            assertThat(ids(index.search(all(Map.of(), SortOrder.MODIFIED_DESCENDING, Audience.STAFF))))
                    .containsExactly("ca-tru", "xoan", "cheo");
        }
    }
}
