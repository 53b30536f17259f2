package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Record pages, collections and citations over HTTP, for the public and for an archivist: what
 * links where, what is exported, and that nothing restricted leaks through related records,
 * facets or citations.
 */
class RecordPagesIT extends SmallArchive {

    @Test
    void aRecordPageLinksItsValuesCollectionAndCarriesZoteroMetaTags() throws Exception {
        String id = recordIdOnSearchPage("thang+long");
        String page = get("/records/" + id).body();

        assertThat(page).contains("<meta name=\"citation_title\" content=\"Ghi chú Thăng Long\">")
                .contains("<meta name=\"citation_date\" content=\"1010\">")
                .contains("href=\"/?f.place=H%C3%A0%20N%E1%BB%99i\"")
                .contains("href=\"/collections/submission\"")
                .contains("href=\"/records/" + id + "/cite.ris\"").contains("/cite.bib\"").contains("/cite.json\"");
    }

    @Test
    void relatedRecordsNeverShowTheRestrictedOneToThePublic() throws Exception {
        String id = recordIdOnSearchPage("alert");
        String hidden = hiddenId();

        String forPublic = get("/records/" + id).body();
        String forArchivist = signedInArchivist().send(request("/records/" + id),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

        assertThat(forPublic).contains("class=\"related\"").doesNotContain(hidden).doesNotContain("access-badge");
        assertThat(forArchivist).contains("/records/" + hidden).contains("class=\"access-badge restricted\"");
    }

    @Test
    void citationsOfARecordAndOfAResultPageHoldOnlyWhatTheViewerMaySee() throws Exception {
        String id = recordIdOnSearchPage("thang+long");

        HttpResponse<String> ris = get("/records/" + id + "/cite.ris");
        HttpResponse<String> page = get("/cite.bib?q=" + "ha+noi");
        HttpResponse<String> hidden = get("/records/" + hiddenId() + "/cite.json");

        assertThat(ris.statusCode()).isEqualTo(200);
        assertThat(ris.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-research-info-systems"));
        assertThat(ris.body()).contains("TI  - Ghi chú Thăng Long").contains("UR  - " + base + "/records/" + id);
        assertThat(page.body()).contains("@misc{").contains("Ghi chú Thăng Long").doesNotContain("Ảnh riêng tư");
        assertThat(hidden.statusCode()).isEqualTo(404);
    }

    @Test
    void collectionsAreListedWithCountsOfVisibleRecordsAndBrowsedWithoutAQuery() throws Exception {
        String list = get("/collections").body();
        String collection = get("/collections/submission?sort=date-desc").body();
        HttpClient archivist = signedInArchivist();
        String staffList = archivist.send(request("/collections"), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

        assertThat(list).contains("href=\"/collections/submission\"").contains("2 records");
        assertThat(staffList).contains("3 records");
        assertThat(collection).contains("<h1>submission</h1>").contains("2 records")
                .doesNotContain("Ảnh riêng tư");
        assertThat(collection.indexOf("alert(1)")).isLessThan(collection.indexOf("Ghi chú Thăng Long"));
        assertThat(get("/collections/no-such-collection").statusCode()).isEqualTo(404);
    }

    @Test
    void theAccessFacetIsForArchivistsOnly() throws Exception {
        String forPublic = get("/?f.access=RESTRICTED").body();
        String forArchivist = signedInArchivist().send(request("/?f.access=RESTRICTED"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

        assertThat(forPublic).doesNotContain("data-facet=\"access\"").doesNotContain("Ảnh riêng tư").contains("2 records in the archive");
        assertThat(forArchivist).contains("data-facet=\"access\"").contains("Ảnh riêng tư").contains("1 record in the archive");
    }
}
