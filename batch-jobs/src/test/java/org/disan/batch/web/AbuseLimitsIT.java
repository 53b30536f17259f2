package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disan.batch.data.DataFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An attacker against a running archive with small limits: a zip bomb, a zip of too many files,
 * an upload that trickles in while another waits, queries built to be costly, a flood of searches
 * and of sign-in attempts; and the archive behind a TLS proxy. Each is answered with a clear
 * 4xx, never a 500, and nothing is left behind.
 */
@TestMethodOrder(OrderAnnotation.class)
class AbuseLimitsIT {

    private static final String TOKEN = "bao-tang-ha-noi-1f7e-4c2a-9b3d-e8a6-0d5c";
    private static final int SEARCHES_PER_MINUTE = 30;
    private static final int LOGINS_PER_MINUTE = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static ConfigurableApplicationContext server;
    static HttpClient http = HttpClient.newHttpClient();
    static String base;
    static int port;
    static Path data;

    @BeforeAll
    static void leaveStagingBehindAndServe() throws Exception {
        data = temp.resolve("data");
        Files.createDirectories(data.resolve("submissions/.incoming/3f1c-stale")).resolve("half.zip").toFile().createNewFile();
        Files.writeString(Files.createDirectories(data.resolve("unpacked/old-6a2b/photos")).resolve("a.txt"), "left over");
        server = WebApplication.start(new DataFolder(data), 0, Map.of(
                "disan.api.tokens[0]", TOKEN,
                "disan.submissions.max-size", "1MB",
                "disan.submissions.max-entries", "100",
                "disan.submissions.upload-timeout", "3s",
                "disan.rate-limits.searches-per-minute", SEARCHES_PER_MINUTE,
                "disan.rate-limits.logins-per-minute", LOGINS_PER_MINUTE));
        port = ((WebServerApplicationContext) server).getWebServer().getPort();
        base = "http://localhost:" + port;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void stagingAndUnpackedFilesLeftByAStoppedArchiveAreClearedAtStart() throws Exception {
        assertThat(data.resolve("submissions/.incoming/3f1c-stale")).doesNotExist();
        assertThat(data.resolve("unpacked/old-6a2b")).doesNotExist();
    }

    @Test
    @Order(2)
    void aZipBombIsRefusedFromItsDirectoryAndLeavesNothing() throws Exception {
        // 64 entries of 1 MiB of zeros: about 70 KB that would expand to 64 MiB.
        byte[] bomb = zip(64, new byte[1024 * 1024]);
        assertThat(bomb.length).isLessThan(200_000);

        HttpResponse<String> response = submit(bomb);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("expand");
        assertThat(filesUnder(data.resolve("submissions"))).isEmpty();
        assertThat(filesUnder(data.resolve("unpacked"))).isEmpty();
    }

    @Test
    @Order(3)
    void aZipOfTooManyFilesIsRefused() throws Exception {
        HttpResponse<String> response = submit(zip(120, "Hà Nội".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("120 entries").contains("limit of 100");
    }

    @Test
    @Order(4)
    void aTricklingUploadTimesOutAndMeanwhileTheNextIsToldToComeBack() throws Exception {
        try (Socket slow = new Socket("localhost", port)) {
            slow.setSoTimeout(20_000);
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/submissions?name=slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/zip\r\nContent-Length: 500000\r\n\r\nPK").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        Thread.sleep(100);
                        out.write(0);
                        out.flush();
                    }
                } catch (IOException | InterruptedException closed) {
                    // the server gave up on the upload, as it should
                }
            });
            Thread.sleep(700);

            HttpResponse<String> next = submit(zip(2, "Hà Nội".getBytes(StandardCharsets.UTF_8)));
            long started = System.nanoTime();
            String status = new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            trickle.cancel(true);

            assertThat(next.statusCode()).as(next.body()).isEqualTo(429);
            assertThat(next.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
            assertThat(status).startsWith("HTTP/1.1 408");
            assertThat(waitedMillis).as("answered at the time limit, not when the trickle ends").isLessThan(8_000);
        }
        assertThat(filesUnder(data.resolve("submissions"))).isEmpty();
    }

    @Test
    @Order(5)
    void queriesBuiltToBeCostlyAre400sWithAReasonNever500s() throws Exception {
        Map<String, String> costly = Map.of(
                "2,000 nested parentheses", "(".repeat(2000) + "hà nội" + ")".repeat(2000),
                "1,000 NOTs", "NOT ".repeat(1000) + "hà",
                "a 4 KB phrase", "\"" + "phố cổ hà nội ".repeat(300) + "\"",
                "a long phrase", "\"" + "một hai ba bốn năm sáu bảy tám chín mười ".repeat(4) + "\"");
        for (Map.Entry<String, String> query : costly.entrySet()) {
            HttpResponse<String> api = get("/api/search?q=" + URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8));
            assertThat(api.statusCode()).as(query.getKey() + ": " + api.body()).isEqualTo(400);
            assertThat(JSON.readTree(api.body()).get("error").asText()).as(query.getKey()).isNotBlank();
        }
        HttpResponse<String> page = get("/?q=" + URLEncoder.encode("(".repeat(2000) + "a", StandardCharsets.UTF_8));
        HttpResponse<String> deep = get("/api/search?q=ha&page=200&size=100");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(deep.statusCode()).as(deep.body()).isEqualTo(400);
        assertThat(JSON.readTree(deep.body()).get("error").asText()).contains("10000");
    }

    @Test
    @Order(6)
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    @Order(7)
    void aFloodOfSearchesFromOneClientIsSlowedWith429() throws Exception {
        HttpResponse<String> last = null;
        // The bucket refills one search every two seconds: a slow machine may need more than 30 to empty it.
        for (int i = 0; i < 3 * SEARCHES_PER_MINUTE && (last == null || last.statusCode() != 429); i++) {
            last = get("/api/search?q=ha");
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/?q=ha"))
                .header("Accept-Language", "vi").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as("the search page shares the limit").isEqualTo(429);
        assertThat(page.body()).contains("hãy thử lại sau");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=ha"))
                .header("X-Forwarded-For", "198.51.100.7").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("another client behind the proxy").isEqualTo(200);
    }

    @Test
    @Order(8)
    void repeatedSignInAttemptsAreThrottled() throws Exception {
        int refused = 0;
        for (int i = 0; i < LOGINS_PER_MINUTE + 2; i++) {
            HttpResponse<String> attempt = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=lan&password=guess" + i)).build(),
                    HttpResponse.BodyHandlers.ofString());
            refused += attempt.statusCode() == 429 ? 1 : 0;
        }

        assertThat(refused).isEqualTo(2);
    }

    private static byte[] zip(int entries, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("phong-" + i + ".txt"));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<String> submit(byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/submissions?name=limits"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
