package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disan.batch.data.DataFolder;
import org.disan.batch.web.jobs.JobSummaries;
import org.disan.ingest.model.Access;
import org.disan.search.ArchiveIndex;
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
 * Submissions over real HTTP to a running archive: a zip of sample files is ingested in the
 * background and then found by search; bad and missing tokens, an over-size upload, a body that
 * is no zip and a bag whose manifest was altered are refused and leave nothing behind.
 */
@TestMethodOrder(OrderAnnotation.class)
class SubmissionApiIT {

    private static final String TOKEN = "bao-tang-ha-noi-7f3a-9c1e-52d8-44b0-a6e1";
    private static final String OTHER_MUSEUMS_TOKEN = "bao-tang-hue-0c4d-8e2b-93f7-1a6c-d5e0";
    private static final long MAX_SIZE = 1024 * 1024;
    private static final List<String> FILES = List.of("documents/creative-cities-network.pdf", "photos/lang-gom.jpg");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static ConfigurableApplicationContext server;
    static HttpClient http = HttpClient.newHttpClient();
    static String base;
    static Path data;
    static long firstJob;

    @BeforeAll
    static void serve() {
        data = temp.resolve("data");
        server = WebApplication.start(new DataFolder(data), 0, Map.of(
                "disan.api.tokens[0]", TOKEN,
                "disan.api.tokens[1]", OTHER_MUSEUMS_TOKEN,
                "disan.submissions.max-size", MAX_SIZE + "B"));
        base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aZipIsIngestedInTheBackgroundAndItsRecordsAreThenFound() throws Exception {
        HttpResponse<String> response = submit(SampleUploads.zip(FILES), "Làng nghề 2024", TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        long jobId = accepted.get("jobId").asLong();
        assertThat(response.headers().firstValue("Location")).contains("/api/jobs/" + jobId);
        assertThat(accepted.get("file").asText()).isEqualTo("Làng-nghề-2024.zip");
        assertThat(data.resolve("submissions").resolve(accepted.get("submission").asText()).resolve("Làng-nghề-2024.zip"))
                .isRegularFile();

        firstJob = jobId;
        JsonNode job = finished(jobId);
        assertThat(job.at("/job/status").asText()).isEqualTo("COMPLETED");
        assertThat(job.at("/job/progress/total").asInt()).isEqualTo(2);
        assertThat(job.at("/job/progress/processed").asInt()).isEqualTo(2);
        assertThat(job.at("/job/progress/failed").asInt()).isZero();
        assertThat(job.at("/report/ingested").asInt()).isEqualTo(2);
        assertThat(job.at("/reportPage").asText()).isEqualTo("/jobs/" + jobId + "/report");
        assertThat(search("creative cities network")).contains(SampleUploads.title(FILES.get(0)));
        assertThat(search("gom bat trang")).contains(SampleUploads.title(FILES.get(1)));
        assertThat(data.resolve("unpacked")).as("unpacked files are removed once the job completes")
                .satisfiesAnyOf(folder -> assertThat(folder).doesNotExist(), folder -> assertThat(folder).isEmptyDirectory());
    }

    @Test
    @Order(2)
    void anotherMuseumsTokenCannotReadTheJobAndNoAnswerShowsAServerPath() throws Exception {
        long jobId = SubmissionApiIT.firstJobId();

        HttpResponse<String> own = get("/api/jobs/" + jobId, TOKEN);
        HttpResponse<String> other = get("/api/jobs/" + jobId, OTHER_MUSEUMS_TOKEN);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(data.toString()).doesNotContain(temp.toString())
                .doesNotContain(System.getProperty("java.io.tmpdir")).contains("Làng-nghề-2024.zip");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("there is no job " + jobId);
    }

    @Test
    @Order(3)
    void anIntactBagIsAcceptedAndItsFilesComeBackAsDuplicates() throws Exception {
        HttpResponse<String> response = submit(SampleUploads.bag(FILES, manifest -> manifest), "museum-bag", TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode job = finished(JSON.readTree(response.body()).get("jobId").asLong());
        assertThat(job.at("/job/status").asText()).isEqualTo("COMPLETED");
        assertThat(job.at("/job/progress/duplicates").asInt()).isEqualTo(2);
        assertThat(job.at("/report/problems")).isEmpty();
    }

    @Test
    @Order(4)
    void aWrongTokenIsRefusedWithABearerChallenge() throws Exception {
        Set<Path> before = filesIn(data);

        HttpResponse<String> response = submit(SampleUploads.zip(FILES), "wrong-token", TOKEN + "x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("not valid");
        assertThat(filesIn(data)).isEqualTo(before);
    }

    @Test
    @Order(5)
    void noTokenIsAskedForOne() throws Exception {
        HttpResponse<String> submission = submit(SampleUploads.zip(FILES), "no-token", null);
        HttpResponse<String> job = get("/api/jobs/1", null);

        assertThat(submission.statusCode()).isEqualTo(401);
        assertThat(submission.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer"));
        assertThat(job.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void anOverSizeUploadIsRefusedBeforeItIsStored() throws Exception {
        Set<Path> before = filesIn(data);
        int jobsBefore = jobCount();
        byte[] large = Files.readAllBytes(SampleUploads.SAMPLES.resolve("audio/loi-chao-ha-noi.wav"));
        byte[] body = new byte[(int) MAX_SIZE + 1];
        for (int i = 0; i < body.length; i += large.length) {
            System.arraycopy(large, 0, body, i, Math.min(large.length, body.length - i));
        }

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/submissions?name=large"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/zip")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("limit of " + MAX_SIZE + " bytes");
        assertThat(filesIn(data)).isEqualTo(before);
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    @Order(7)
    void aBodyThatIsNoZipGetsA400AndLeavesNothingBehind() throws Exception {
        Set<Path> before = filesIn(data);
        int jobsBefore = jobCount();

        HttpResponse<String> response = submit(Files.readAllBytes(SampleUploads.SAMPLES.resolve(FILES.get(0))), "a-pdf", TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("not a readable zip");
        assertThat(filesIn(data)).isEqualTo(before);
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    @Order(8)
    void aBagWhoseManifestWasAlteredGetsA400NamingTheFile() throws Exception {
        Set<Path> before = filesIn(data);
        int jobsBefore = jobCount();
        byte[] altered = SampleUploads.bag(FILES, manifest -> (manifest.charAt(0) == '0' ? "1" : "0") + manifest.substring(1));

        HttpResponse<String> response = submit(altered, "altered-bag", TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode refusal = JSON.readTree(response.body());
        assertThat(refusal.get("error").asText()).contains("manifest");
        assertThat(refusal.get("problems").toString()).contains("fails its sha-256 checksum");
        assertThat(filesIn(data)).isEqualTo(before);
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    @Order(9)
    void aFormUploadIsAskedToSendTheZipAsTheBody() throws Exception {
        Set<Path> before = filesIn(data);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/submissions"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nzip\r\n--xyz--\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("request body");
        assertThat(filesIn(data)).isEqualTo(before);
    }

    @Test
    @Order(9)
    void anUnknownJobIsA404() throws Exception {
        HttpResponse<String> response = get("/api/jobs/987654", TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("987654");
    }

    @Test
    @Order(10)
    void withoutAConfiguredTokenSubmissionsAreSwitchedOff() throws Exception {
        Path otherData = temp.resolve("no-tokens");
        try (ConfigurableApplicationContext other = WebApplication.start(new DataFolder(otherData), 0)) {
            int port = ((WebServerApplicationContext) other).getWebServer().getPort();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(SampleUploads.zip(FILES)))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("error").asText()).contains("switched off");
            assertThat(otherData.resolve("submissions")).doesNotExist();
        }
    }

    @Test
    @Order(10)
    void aZipWhoseSheetHasARowWithACommaTooManyGetsA400WithTheProblems() throws Exception {
        Set<Path> before = filesIn(data);
        int jobsBefore = jobCount();
        String shifted = SampleUploads.sheet(List.of("photos/ho-hoan-kiem.jpg"),
                row -> row.replace("Tháp Rùa và cầu Thê Húc", "Tháp Rùa, cầu Thê Húc"));

        HttpResponse<String> response = submit(SampleUploads.zip(List.of("photos/ho-hoan-kiem.jpg"), shifted),
                "shifted-sheet", TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode refusal = JSON.readTree(response.body());
        assertThat(refusal.get("error").asText()).contains("metadata sheet has problems");
        assertThat(refusal.get("problems").toString()).contains("line 2 has 13 cells but the header has 12");
        assertThat(filesIn(data)).isEqualTo(before);
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    @Order(11)
    void theAccessParameterIsTheAccessOfFilesTheSheetSaysNothingAbout() throws Exception {
        HttpResponse<String> response = submit(SampleUploads.zip(List.of("photos/lang-gom.jpg", "photos/ho-hoan-kiem.jpg"),
                null), "no-sheet", TOKEN, "restricted");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode job = finished(JSON.readTree(response.body()).get("jobId").asLong());
        assertThat(job.at("/job/status").asText()).isEqualTo("COMPLETED");
        assertThat(job.at("/report/ingested").asInt()).isEqualTo(1);
        assertThat(job.at("/report/sheetNotes").toString()).contains("default access: restricted (as asked)");
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(SampleUploads.SAMPLES.resolve("photos/ho-hoan-kiem.jpg"))));
        assertThat(get("/api/records/" + id, null).statusCode()).isEqualTo(404);
        assertThat(server.getBean(ArchiveIndex.class).get(id).orElseThrow().access()).isEqualTo(Access.RESTRICTED);
    }

    @Test
    @Order(12)
    void theSameFilesSentAgainAsRestrictedMakeTheirRecordsRestrictedWithAWarning() throws Exception {
        String restricted = SampleUploads.sheet(FILES, row -> row.replaceAll(",public$", ",restricted"));

        HttpResponse<String> response = submit(SampleUploads.zip(FILES, restricted), "restricted-again", TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode job = finished(JSON.readTree(response.body()).get("jobId").asLong());
        assertThat(job.at("/job/status").asText()).isEqualTo("COMPLETED");
        assertThat(job.at("/report/duplicates").asInt()).isEqualTo(2);
        assertThat(job.at("/report/warnings").toString())
                .contains("the record was public and this submission makes it restricted");
        assertThat(search("creative cities network")).doesNotContain(SampleUploads.title(FILES.get(0)));
    }

    private static long firstJobId() {
        assertThat(firstJob).as("the first test's job").isPositive();
        return firstJob;
    }

    private static HttpResponse<String> submit(byte[] body, String name, String token) throws Exception {
        return submit(body, name, token, null);
    }

    private static HttpResponse<String> submit(byte[] body, String name, String token, String access) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/submissions?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        + (access == null ? "" : "&access=" + URLEncoder.encode(access, StandardCharsets.UTF_8))))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls the job until it has ended; parser processes start slowly on a busy machine. */
    private static JsonNode finished(long jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            HttpResponse<String> response = get("/api/jobs/" + jobId, TOKEN);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode job = JSON.readTree(response.body());
            String status = job.at("/job/status").asText();
            if (!Set.of("STARTING", "STARTED", "STOPPING").contains(status) || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(500);
        }
    }

    private static String search(String query) throws Exception {
        return get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null).body();
    }

    private static int jobCount() {
        return server.getBean(JobSummaries.class).recent(1000).size();
    }

    /** Every file under the data folder but the job repository's database, which changes as jobs are read. */
    private static Set<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .filter(path -> !path.startsWith("jobs"))
                    .collect(Collectors.toSet());
        }
    }
}
