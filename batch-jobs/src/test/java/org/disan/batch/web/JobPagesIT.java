package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archivists' job pages over the small archive's real ingest: public visitors are sent to
 * sign in; an archivist sees the run, its files' outcomes with the hostile title as text, and
 * the ingest's own report, which is found from the job's number alone.
 */
class JobPagesIT extends SmallArchive {

    static HttpClient archivist;
    static String jobId;

    @BeforeAll
    static void signIn() throws Exception {
        archivist = signedInArchivist();
        jobId = firstMatch(Pattern.compile("href=\"/jobs/(\\d+)\""), page("/jobs").body());
    }

    @Test
    void publicVisitorsAreSentToSignIn() throws Exception {
        for (String path : new String[] {"/jobs", "/jobs/" + jobId, "/jobs/" + jobId + "/report"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(get("/api/jobs/" + jobId).statusCode()).isEqualTo(401);
    }

    @Test
    void theListShowsTheIngestWithItsProgress() throws Exception {
        HttpResponse<String> list = page("/jobs");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Ingest").contains(">submission<").contains("Completed").contains("3 of 3 files")
                .contains("href=\"/jobs\"");
    }

    @Test
    void theJobPagesSpeakVietnameseWhenAskedTo() throws Exception {
        HttpClient vietnamese = signedInArchivist();
        HttpResponse<String> list = vietnamese.send(request("/jobs?lang=vi"), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> job = vietnamese.send(request("/jobs/" + jobId), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(list.body()).contains("<h1>Công việc</h1>").contains("Nhập liệu").contains("Hoàn tất").contains("3 / 3 tệp");
        assertThat(job.body()).contains("3 đã nhập, 0 trùng lặp, 0 lỗi").contains("Mở báo cáo nhập liệu").doesNotContain("??");
    }

    @Test
    void aJobShowsEveryFilesOutcomeWithTitlesAsText() throws Exception {
        HttpResponse<String> job = page("/jobs/" + jobId);

        assertThat(job.statusCode()).isEqualTo(200);
        assertThat(job.body()).contains("hostile.jpg").contains("private.jpg").contains("note.txt")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(HOSTILE_TITLE)
                .contains("href=\"/jobs/" + jobId + "/report\"");
    }

    @Test
    void theReportIsAStyledPageOfTheSite() throws Exception {
        HttpResponse<String> report = page("/jobs/" + jobId + "/report");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(report.body()).contains("Ingest of").contains("submission").contains("/css/disan.css")
                .contains("<td class=\"count\">3</td>");
    }

    @Test
    void pathsInPlaceOfAJobNumberFindNothing() throws Exception {
        for (String path : new String[] {"/jobs/..%2F..%2Fetc%2Fpasswd/report", "/jobs/" + jobId + "%2F..%2F..%2Freports/report",
                "/jobs/-1/report", "/jobs/99999/report", "/jobs/1e3", "/jobs/" + jobId + "/report/../../reports"}) {
            HttpResponse<String> response = page(path);

            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("root:").doesNotContain("Ingest of");
        }
    }

    @Test
    void theJobApiAnswersASignedInArchivistWithTheReport() throws Exception {
        HttpResponse<String> job = page("/api/jobs/" + jobId);

        assertThat(job.statusCode()).isEqualTo(200);
        assertThat(job.body()).contains("\"status\":\"COMPLETED\"").contains("\"ingested\":3").contains("\"reportPage\"");
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return archivist.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
