package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.DataFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web archive over a real ingest: a submission with a photograph whose sheet title is a
 * script tag, a text file and a restricted photograph, served on a random port.
 */
class WebArchiveIT {

    private static final String HOSTILE_TITLE = "<script>alert(1)</script>";

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
        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--data", data.toString(), submission.toString());
        assertThat(ingest.exitCode()).as(ingest.err() + ingest.out()).isZero();

        server = WebApplication.start(new DataFolder(data), 0);
        base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSearchPageListsHitsWithThumbnailsAndEscapesTitles() throws Exception {
        HttpResponse<String> page = get("/?q=" + URLEncoder.encode("ha noi", StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(HOSTILE_TITLE)
                .doesNotContain("<b>đậm</b>")
                .containsPattern("<img src=\"/files/[0-9a-f]{64}/thumbnail-small\"")
                .contains("Ghi chú Thăng Long")
                .contains("<mark>")
                .doesNotContain("Ảnh riêng tư");
    }

    @Test
    void theSnippetKeepsItsMarksButNotTheFilesMarkup() throws Exception {
        HttpResponse<String> page = get("/?q=" + URLEncoder.encode("quarter", StandardCharsets.UTF_8));

        assertThat(page.body()).contains("<mark>quarter</mark>").doesNotContain("<i>Hà Nội</i>").contains("&lt;i&gt;");
    }

    @Test
    void theRecordPageShowsDublinCoreFixityAndTheLargerThumbnail() throws Exception {
        String id = recordIdOnSearchPage("alert");

        HttpResponse<String> record = get("/records/" + id);

        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body())
                .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
                .doesNotContain(HOSTILE_TITLE)
                .contains("Title").contains("Place and time").contains("Hà Nội")
                .contains("SHA-256").contains(id)
                .contains("image/jpeg")
                .contains("src=\"/files/" + id + "/thumbnail-large\"");
    }

    @Test
    void thumbnailsAreServedAsImages() throws Exception {
        String id = recordIdOnSearchPage("alert");

        HttpResponse<byte[]> small = http.send(request("/files/" + id + "/thumbnail-small"), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> large = http.send(request("/files/" + id + "/thumbnail-large"), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(small.body())).getWidth()).isEqualTo(200);
        assertThat(large.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownDerivativesTraversalAndUnknownRecordsAreNotFound() throws Exception {
        String id = recordIdOnSearchPage("alert");

        assertThat(get("/files/" + id + "/original").statusCode()).isEqualTo(404);
        assertThat(get("/files/" + id + "/..%2F..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
        assertThat(get("/files/..%2F..%2Fetc/thumbnail-small").statusCode()).isIn(400, 404);
        assertThat(get("/records/" + "0".repeat(64)).statusCode()).isEqualTo(404);
        assertThat(get("/records/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void restrictedRecordsAreHiddenFromPagesAndFiles() throws Exception {
        String hiddenId = Files.list(temp.resolve("data").resolve("reports"))
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

        assertThat(get("/records/" + hiddenId).statusCode()).isEqualTo(404);
        assertThat(get("/files/" + hiddenId + "/thumbnail-small").statusCode()).isEqualTo(404);
    }

    @Test
    void aBlankSearchListsThePublicRecords() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2 records in the archive");
    }

    @Test
    void theInterfaceSpeaksVietnameseWhenAskedTo() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?q=ha+noi"))
                .header("Accept-Language", "vi").build();

        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(page.body()).contains("lang=\"vi\"").contains("Tìm trong kho lưu trữ").contains("bản ghi khớp với");
    }

    private static String recordIdOnSearchPage(String query) throws Exception {
        String body = get("/?q=" + query).body();
        return firstMatch(Pattern.compile("href=\"/records/([0-9a-f]{64})\""), body);
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest request(String path) {
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
