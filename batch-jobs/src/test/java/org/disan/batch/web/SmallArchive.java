package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small archive served on a random port: a real ingest of a submission with a photograph whose
 * sheet title is a script tag, a text file and a restricted photograph, and one archivist account.
 */
abstract class SmallArchive {

    static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    static final String ARCHIVIST = "lan";
    static final String PASSWORD = "thư-viện 1010";

    @TempDir
    static Path temp;

    static ConfigurableApplicationContext server;
    static HttpClient http = HttpClient.newHttpClient();
    static String base;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        writeJpeg(submission.resolve("hostile.jpg"), Color.ORANGE);
        writeJpeg(submission.resolve("private.jpg"), Color.BLUE);
        Files.writeString(submission.resolve("note.txt"), "Thăng Long <i>Hà Nội</i> & the old quarter, a note.");
        Files.writeString(submission.resolve("metadata.csv"), String.join("\n",
                "file,title,description,coverage,date,type,access",
                "hostile.jpg," + HOSTILE_TITLE + ",Ảnh thử Hà Nội <b>đậm</b>,Hà Nội,2020,StillImage,public",
                "private.jpg,Ảnh riêng tư Hà Nội,Không công khai,Hà Nội,2021,StillImage,restricted",
                "note.txt,Ghi chú Thăng Long,,Hà Nội,1010,Text,public",
                ""), StandardCharsets.UTF_8);
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

    static String hiddenId() throws Exception {
        return Files.list(temp.resolve("data").resolve("reports"))
                .filter(file -> file.toString().endsWith(".jsonl"))
                .flatMap(file -> {
                    try {
                        return Files.readAllLines(file).stream();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .filter(line -> line.contains("private.jpg"))
                .map(line -> firstMatch(Pattern.compile("\"recordId\":\"([0-9a-f]{64})\""), line))
                .findFirst().orElseThrow();
    }

    static String recordIdOnSearchPage(String query) throws Exception {
        String body = get("/?q=" + query).body();
        return firstMatch(Pattern.compile("href=\"/records/([0-9a-f]{64})[?\"]"), body);
    }

    static String firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    /** A client with its own cookies, signed in as the archivist through the login form and its CSRF token. */
    static HttpClient signedInArchivist() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(request("/login"), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        String csrf = firstMatch(Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\""), form);
        String fields = "username=" + ARCHIVIST + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").build();
    }

    private static void writeJpeg(Path file, Color color) throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 640, 480);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(200, 120, 240, 240);
        graphics.dispose();
        ImageIO.write(image, "jpg", file.toFile());
    }
}
