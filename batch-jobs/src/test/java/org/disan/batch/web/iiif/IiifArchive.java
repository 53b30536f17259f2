package org.disan.batch.web.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disan.batch.web.ServedForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@link IiifSubmission} really ingested and served on a random port, with one archivist account. */
public abstract class IiifArchive {

    static final String ARCHIVIST = "lan";
    static final String PASSWORD = "kho-luu-tru";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    public static Path temp;

    public static ConfigurableApplicationContext server;
    public static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    public static String scanId;
    public static String photoId;
    public static String hiddenId;
    public static String pdfId;
    public static String songId;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        Path submission = temp.resolve("submission");
        IiifSubmission.write(submission);
        scanId = IiifSubmission.recordId(submission.resolve("scan.tif"));
        photoId = IiifSubmission.recordId(submission.resolve("photo.jpg"));
        hiddenId = IiifSubmission.recordId(submission.resolve("hidden.png"));
        pdfId = IiifSubmission.recordId(submission.resolve("annals.pdf"));
        songId = IiifSubmission.recordId(submission.resolve("song.wav"));
        Path data = temp.resolve("data");
        ServedForTests.ingest(data, submission);
        server = ServedForTests.serve(data, ARCHIVIST, PASSWORD);
        base = ServedForTests.base(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return get(HTTP, path);
    }

    static HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A client with its own cookies, signed in as the archivist through the login form. */
    static HttpClient signedInArchivist() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = new String(get(browser, "/login").body(), StandardCharsets.UTF_8);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        String fields = "username=" + ARCHIVIST + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        return browser;
    }
}
