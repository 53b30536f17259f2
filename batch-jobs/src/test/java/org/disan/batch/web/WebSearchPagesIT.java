package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Facets, sorting, errors, languages, the JSON API, byte ranges and signing in, over the same
 * kind of archive as {@link WebArchiveIT}.
 */
class WebSearchPagesIT extends SmallArchive {

    @Test
    void aFacetLinkNarrowsTheResultsAndTheActiveFilterCanBeRemoved() throws Exception {
        String page = get("/?q=" + enc("ha noi")).body();
        assertThat(page).contains("data-facet=\"type\"").contains("data-facet=\"decade\"");
        String textLink = firstMatch(Pattern.compile("href=\"(/\\?q=ha%20noi&amp;f\\.type=Text)\""), page).replace("&amp;", "&");

        String narrowed = get(textLink).body();

        assertThat(narrowed).contains("1 record matches").contains("Ghi chú Thăng Long").doesNotContain("alert(1)</a>")
                .contains("class=\"active-filters\"").contains("href=\"/?q=ha%20noi\"");
    }

    @Test
    void sortingByDateListsTheOldestFirst() throws Exception {
        String page = get("/?q=" + enc("ha noi") + "&sort=date").body();

        assertThat(page.indexOf("Ghi chú Thăng Long")).isPositive().isLessThan(page.indexOf("&lt;script&gt;alert(1)"));
        assertThat(page).contains("<strong>oldest first</strong>");
    }

    @Test
    void aMalformedQueryIsA400WithAFriendlyMessageOnThePageAndInTheApi() throws Exception {
        HttpResponse<String> page = get("/?q=" + enc("title:(ha noi"));
        HttpResponse<String> api = get("/api/search?q=" + enc("title:(ha noi"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("This query cannot be understood").contains("value=\"title:(ha noi\"");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).startsWith("{\"error\":\"");
    }

    @Test
    void noResultsEchoesTheQueryEscaped() throws Exception {
        HttpResponse<String> page = get("/?q=" + enc("<b>zzqx</b>"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nothing was found for “&lt;b&gt;zzqx&lt;/b&gt;”").doesNotContain("<b>zzqx");
    }

    @Test
    void theLanguageChosenWithLangIsRememberedInACookie() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        browser.send(HttpRequest.newBuilder(URI.create(base + "/?lang=vi")).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        String later = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

        assertThat(later).contains("lang=\"vi\"").contains("Tìm trong kho lưu trữ");
    }

    @Test
    void theApiSearchesWithFacetsAndPagingAndReturnsRecords() throws Exception {
        HttpResponse<String> search = get("/api/search?q=" + enc("hà nội") + "&size=1&page=2&f.decade=2020s");

        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(search.body()).contains("\"total\":1").contains("\"page\":2").contains("\"size\":1")
                .contains("\"hits\":[]").contains("\"facets\":{");
        String id = recordIdOnSearchPage("alert");
        HttpResponse<String> record = get("/api/records/" + id);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("\"id\":\"" + id + "\"").contains("alert(1)");
    }

    @Test
    void aByteRangeOfAnOriginalIsAnsweredWith206() throws Exception {
        String id = recordIdOnSearchPage("quarter");

        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(URI.create(base + "/files/" + id + "/original"))
                .header("Range", "bytes=0-4").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValueSatisfying(r -> assertThat(r).startsWith("bytes 0-4/"));
        assertThat(new String(part.body(), StandardCharsets.UTF_8)).isEqualTo("Thăn");
    }

    @Test
    void anArchivistSignsInWithTheFormsCsrfTokenAndSeesTheRestrictedRecord() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String hiddenId = hiddenId();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        String csrf = firstMatch(Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\""), form);

        HttpResponse<String> withoutToken = post(browser, "username=" + ARCHIVIST + "&password=" + enc(PASSWORD));
        HttpResponse<String> wrongPassword = post(browser, "username=" + ARCHIVIST + "&password=nope&_csrf=" + enc(csrf));
        HttpResponse<String> signedIn = post(browser, "username=" + ARCHIVIST + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> record = browser.send(HttpRequest.newBuilder(URI.create(base + "/records/" + hiddenId))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("Ảnh riêng tư Hà Nội").contains("Sign out (lan)");
        assertThat(get("/records/" + hiddenId).statusCode()).as("still hidden from others").isEqualTo(404);
    }

    private static HttpResponse<String> post(HttpClient browser, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
