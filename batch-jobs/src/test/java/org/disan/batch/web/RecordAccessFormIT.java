package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.junit.jupiter.api.Test;

/** A signed-in archivist changes a record's access on its page; nobody else can. */
class RecordAccessFormIT extends SmallArchive {

    private static HttpResponse<String> post(HttpClient client, String path, String fields) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String page) {
        return URLEncoder.encode(firstMatch(Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\""),
                page.substring(page.indexOf("access-form"))), StandardCharsets.UTF_8);
    }

    @Test
    void anArchivistRestrictsARecordOnItsPageAndItLeavesThePublicArchiveAtOnce() throws Exception {
        String id = recordIdOnSearchPage("ghi");
        ArchiveRecord before = server.getBean(ArchiveStore.class).read(id).orElseThrow();
        HttpClient archivist = signedInArchivist();
        String page = archivist.send(request("/records/" + id), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("class=\"access-form\"").contains("value=\"restricted\"")
                .doesNotContain("style=\"").doesNotContain("onclick")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)");

        HttpResponse<String> changed = post(archivist, "/records/" + id + "/access",
                "level=restricted&until=&_csrf=" + csrfOf(page));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/records/" + id));
        assertThat(get("/records/" + id).statusCode()).isEqualTo(404);
        assertThat(get("/?q=ghi").body()).doesNotContain("/records/" + id);
        ArchiveRecord stored = server.getBean(ArchiveStore.class).read(id).orElseThrow();
        assertThat(stored.access()).isEqualTo(Access.RESTRICTED);
        assertThat(stored.modified()).isAfter(before.lastModified()).isBeforeOrEqualTo(Instant.now());
        assertThat(server.getBean(ArchiveIndex.class).get(id).orElseThrow().access()).isEqualTo(Access.RESTRICTED);
        String after = archivist.send(request("/records/" + id), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("Access changed.").contains("Restricted (archivists only)");

        HttpResponse<String> embargoed = post(archivist, "/records/" + id + "/access",
                "level=embargoed&until=2000-01-01&_csrf=" + csrfOf(after));

        assertThat(embargoed.statusCode()).isEqualTo(302);
        assertThat(get("/records/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutACsrfTokenOrSignedOutNothingChanges() throws Exception {
        String id = recordIdOnSearchPage("alert");

        HttpResponse<String> forged = post(signedInArchivist(), "/records/" + id + "/access", "level=restricted");
        HttpResponse<String> anonymous = post(http, "/records/" + id + "/access", "level=restricted");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
        assertThat(server.getBean(ArchiveStore.class).read(id).orElseThrow().access()).isEqualTo(Access.PUBLIC);
        assertThat(get("/records/" + id).body()).doesNotContain("access-form");
    }
}
