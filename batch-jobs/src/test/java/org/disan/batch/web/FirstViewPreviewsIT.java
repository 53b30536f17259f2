package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
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
 * Documents and videos are ingested without previews; the archive makes a preview on its first
 * request, keeps it and lists it on the record, and never for a record the viewer may not see.
 */
class FirstViewPreviewsIT {

    static final Path SAMPLES = Path.of(System.getProperty("disan.samples", "../samples/hanoi-creative-city"));

    @TempDir
    static Path temp;

    static ConfigurableApplicationContext server;
    static final HttpClient http = HttpClient.newHttpClient();
    static String base;
    static Path store;
    static String pdf;
    static String restrictedPdf;
    static String video;
    static String damagedPdf;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        pdf = copy("documents/chieu-doi-do-1010.pdf", submission.resolve("chieu-doi-do.pdf"));
        restrictedPdf = copy("documents/creative-cities-network.pdf", submission.resolve("private.pdf"));
        video = copy("video/pho-co-ha-noi.mp4", submission.resolve("pho-co.mp4"));
        damagedPdf = copy("documents/lang-nghe-truyen-thong.pdf", submission.resolve("hong.pdf"));
        Files.writeString(submission.resolve("metadata.csv"), String.join("\n",
                "file,title,type,access",
                "chieu-doi-do.pdf,Chiếu dời đô,Text,public",
                "private.pdf,Tài liệu riêng tư,Text,restricted",
                "pho-co.mp4,Phố cổ Hà Nội,MovingImage,public",
                "hong.pdf,Tài liệu hỏng,Text,public",
                ""), StandardCharsets.UTF_8);
        Path data = temp.resolve("data");
        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--data", data.toString(), submission.toString());
        assertThat(ingest.exitCode()).as(ingest.err() + ingest.out()).isZero();
        store = new DataFolder(data).store();

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
    void aDocumentsFirstPageIsMadeOnItsFirstRequestAndThenListedOnTheRecord() throws Exception {
        assertThat(get("/api/records/" + pdf).body()).contains("\"derivatives\":[]");
        assertThat(get("/records/" + pdf).body()).contains("src=\"/files/" + pdf + "/page-image\"");

        HttpResponse<byte[]> first = getBytes("/files/" + pdf + "/page-image");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(first.body()));
        assertThat(page.getHeight()).isLessThanOrEqualTo(1600).isGreaterThan(page.getWidth());
        assertThat(get("/api/records/" + pdf).body())
                .contains("\"kind\":\"PAGE_IMAGE\"").contains("page-1.jpg").contains("\"kind\":\"THUMBNAIL_SMALL\"");
        assertThat(getBytes("/files/" + pdf + "/page-image").body()).isEqualTo(first.body());
    }

    @Test
    void theSearchPageShowsAThumbnailOfAVideoThatTheFirstRequestMakesFromItsKeyframe() throws Exception {
        assertThat(get("/?q=" + java.net.URLEncoder.encode("Phố cổ", StandardCharsets.UTF_8)).body())
                .contains("<img src=\"/files/" + video + "/thumbnail-small\"");

        HttpResponse<byte[]> thumbnail = getBytes("/files/" + video + "/thumbnail-small");

        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isLessThanOrEqualTo(200);
        assertThat(getBytes("/files/" + video + "/keyframe").statusCode()).isEqualTo(200);
        assertThat(get("/api/records/" + video).body()).contains("\"kind\":\"KEYFRAME\"");
    }

    @Test
    void aRestrictedDocumentStaysNotFoundForThePublicAndNothingIsMadeForIt() throws Exception {
        for (String name : new String[] {"page-image", "thumbnail-small", "thumbnail-large"}) {
            assertThat(getBytes("/files/" + restrictedPdf + "/" + name).statusCode()).as(name).isEqualTo(404);
        }
        try (Stream<Path> files = Files.walk(store)) {
            assertThat(files.filter(file -> file.getParent().getFileName().toString().equals(restrictedPdf))
                    .map(file -> file.getFileName().toString()))
                    .contains("record.json")
                    .doesNotContain("page-1.jpg", "thumb-200.jpg");
        }
    }

    @Test
    void aPreviewThatCannotBeMadeIsNotFoundAndTheRecordPageSaysWhy() throws Exception {
        // given a document whose original in the store was damaged after the ingest
        Path original;
        try (Stream<Path> files = Files.walk(store)) {
            original = files.filter(file -> file.getParent().getFileName().toString().equals(damagedPdf)
                    && file.getFileName().toString().startsWith("original")).findFirst().orElseThrow();
        }
        assertThat(original.toFile().setWritable(true)).isTrue();
        Files.writeString(original, "%PDF-1.4 and nothing more", StandardCharsets.US_ASCII);

        // when its first page is first asked for, then there is none, and the record keeps the reason
        assertThat(getBytes("/files/" + damagedPdf + "/page-image").statusCode()).isEqualTo(404);
        assertThat(get("/api/records/" + damagedPdf).body()).contains("\"previewsNotMade\":{\"PAGE_IMAGE\":");
        assertThat(get("/records/" + damagedPdf).body()).contains("no page image: ")
                .doesNotContain("src=\"/files/" + damagedPdf + "/page-image\"");
    }

    @Test
    void aPreviewThatDoesNotFitTheTypeIsNotFound() throws Exception {
        assertThat(getBytes("/files/" + pdf + "/waveform").statusCode()).isEqualTo(404);
        assertThat(getBytes("/files/" + video + "/page-image").statusCode()).isEqualTo(404);
    }

    private static String copy(String sample, Path target) throws Exception {
        Files.copy(SAMPLES.resolve(sample), target);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(target)));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").build();
    }
}
