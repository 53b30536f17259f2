package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.search.RecordBuilder.record;

import java.util.List;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Cue;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How every backend searches inside recordings: the words of their transcripts' cues are found
 * with the same folding as every other text, and a hit names the matching cues with their times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TranscriptSearchContract {

    private ArchiveIndex index;

    protected abstract ArchiveIndex newIndex();

    @BeforeAll
    void indexRecordings() {
        index = newIndex();
        index.index(List.of(
                record("ca-tru").title("Ca trù ở Khâm Thiên").type("Sound").mimeType("audio/mpeg")
                        .transcript("vi",
                                new Cue(761, 765.5, "Kép đàn gảy đàn đáy, đào nương gõ phách"),
                                new Cue(12, 15, "Tiếng hát ca trù vang lên"),
                                new Cue(800, 803, "Người nghe cầm chầu"))
                        .transcript("en", new Cue(761, 765.5, "The musician plays the đàn đáy lute"))
                        .build(),
                record("quan-ho").title("Quan họ Bắc Ninh").type("Sound").mimeType("audio/mpeg")
                        .transcript("vi", new Cue(5, 9, "Liền anh liền chị hát đối đáp")).build(),
                record("sach").title("Sách về đàn đáy").text("Một cuốn sách nói về đàn đáy").build(),
                record("nhieu").title("Buổi hát dài").type("Sound").mimeType("audio/mpeg")
                        .transcript("vi", new Cue(1, 2, "hát một"), new Cue(3, 4, "hát hai"), new Cue(5, 6, "hát ba"),
                                new Cue(7, 8, "hát bốn"), new Cue(9, 10, "hát năm"), new Cue(11, 12, "hát sáu"))
                        .build()));
    }

    @AfterAll
    void close() {
        index.close();
    }

    private SearchResult search(String query) {
        return index.search(new SearchRequest(query, Map.of(), 0, 20, SortOrder.RELEVANCE, Audience.PUBLIC));
    }

    private static SearchHit hit(SearchResult result, String id) {
        return result.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " is not among " + result.hits().stream().map(SearchHit::id).toList()));
    }

    @Test
    void wordsSaidInARecordingFindItWithOrWithoutDiacritics() {
        for (String query : List.of("đàn đáy", "dan day", "ĐÀN ĐÁY", "transcript:\"dan day\"")) {
            SearchResult result = search(query);

            assertThat(result.hits()).extracting(SearchHit::id).as(query).contains("ca-tru");
            assertThat(result.hits()).extracting(SearchHit::id).as(query).doesNotContain("quan-ho");
        }
    }

    @Test
    void aHitNamesItsMatchingCuesInTimeOrderWithTheirTimesAndMarks() {
        SearchHit hit = hit(search("dan day"), "ca-tru");

        assertThat(hit.cues()).extracting(CueHit::start, CueHit::end, CueHit::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple(761.0, 765.5, "vi"),
                org.assertj.core.groups.Tuple.tuple(761.0, 765.5, "en"));
        assertThat(hit.cues().get(0).marked()).isEqualTo("Kép đàn gảy <mark>đàn</mark> <mark>đáy</mark>, đào nương gõ phách"
                .replace("Kép đàn gảy", "Kép <mark>đàn</mark> gảy"));
        assertThat(hit.cues().get(0).text()).isEqualTo("Kép đàn gảy đàn đáy, đào nương gõ phách");
    }

    @Test
    void aDocumentsHitHasNoCuesAndARecordingShowsAFewMoments() {
        SearchResult result = search("hát");

        assertThat(hit(search("dan day"), "sach").cues()).isEmpty();
        assertThat(hit(result, "nhieu").cues()).extracting(CueHit::start).containsExactly(1.0, 3.0, 5.0, 7.0, 9.0);
    }

    @Test
    void excludedWordsAreNotMarkedInCues() {
        SearchHit hit = hit(search("hát NOT đáp"), "nhieu");

        assertThat(hit.cues()).isNotEmpty();
        assertThat(hit.cues()).allSatisfy(cue -> assertThat(cue.marked()).doesNotContain("<mark>đáp"));
        assertThat(search("hát NOT đáp").hits()).extracting(SearchHit::id).doesNotContain("quan-ho");
    }

    @Test
    void aRecordReadBackKeepsItsTranscriptsAndCues() {
        ArchiveRecord read = index.get("ca-tru").orElseThrow();

        assertThat(read.transcripts()).hasSize(2);
        assertThat(read.transcripts().get(0).cues()).extracting(Cue::start).containsExactly(761.0, 12.0, 800.0);
    }
}
