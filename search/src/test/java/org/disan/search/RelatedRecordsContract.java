package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.search.HeritageCorpus.*;

import java.util.List;
import org.disan.search.SearchRequest.Audience;
import org.junit.jupiter.api.Test;

/** How every backend finds records related to one: alike first, never itself, never hidden ones. */
public abstract class RelatedRecordsContract extends IndexFailureContract {

    private List<String> related(String id, int limit, Audience audience) {
        return corpus().related(id, limit, audience).stream().map(SearchHit::id).toList();
    }

    @Test
    void relatedRecordsShareWordsAndNeverIncludeTheRecordItself() {
        List<String> forPublic = related(DINH_BANG, 10, Audience.PUBLIC);

        assertThat(forPublic).contains(OLD_QUARTER).doesNotContain(DINH_BANG);
        assertThat(forPublic).doesNotContain(CONICAL_HAT, HEALTH, NEW_YEAR);
    }

    @Test
    void thePublicNeverSeesRestrictedOrEmbargoedRelatedRecordsButStaffDo() {
        List<String> forPublic = related(DINH_BANG, 10, Audience.PUBLIC);
        List<String> forStaff = related(DINH_BANG, 10, Audience.STAFF);

        assertThat(forPublic).doesNotContain(SECRET_FILE, DIARY);
        assertThat(forStaff).first().isEqualTo(SECRET_FILE);
        assertThat(forStaff).contains(DIARY, OLD_QUARTER);
    }

    @Test
    void aHiddenOrUnknownRecordHasNoRelatedRecordsForThePublic() {
        assertThat(related(SECRET_FILE, 10, Audience.PUBLIC)).isEmpty();
        assertThat(related(SECRET_FILE, 10, Audience.STAFF)).contains(DINH_BANG);
        assertThat(related("no-such-record", 10, Audience.STAFF)).isEmpty();
    }

    @Test
    void relatedHitsAreOrderedByLikenessAndLimited() {
        List<SearchHit> hits = corpus().related(PERFUME_PAGODA, 2, Audience.PUBLIC);

        assertThat(hits).hasSizeLessThanOrEqualTo(2).isNotEmpty();
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(hits.get(0).id()).isEqualTo(HOA_BINH_FESTIVAL);
        assertThat(corpus().related(PERFUME_PAGODA, 0, Audience.PUBLIC)).isEmpty();
    }
}
