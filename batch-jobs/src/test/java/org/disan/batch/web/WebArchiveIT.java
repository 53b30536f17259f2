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
import java.util.Map;
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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The web archive's search and record pages, files and access rules over {@link SmallArchive}. */
class WebArchiveIT extends SmallArchive {

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

        // the file's own markup is neither run nor shown as text: its words read as they would on paper
        assertThat(page.body()).contains("<mark>quarter</mark>").doesNotContain("<i>Hà Nội</i>")
                .doesNotContain("&lt;i&gt;").contains("Thăng Long Hà Nội &amp; the old <mark>quarter</mark>");
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
                .contains("src=\"/files/" + id + "/thumbnail-large\"")
                .contains("href=\"/files/" + id + "/original?download=1\"")
                .contains("Permalink").contains(base + "/records/" + id)
                .contains("<cite>&lt;script&gt;alert(1)&lt;/script&gt;</cite>. <span>2020</span>.");
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

        assertThat(get("/files/" + id + "/passwd").statusCode()).isEqualTo(404);
        assertThat(get("/files/" + id + "/..%2F..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
        assertThat(get("/files/..%2F..%2Fetc/thumbnail-small").statusCode()).isIn(400, 404);
        assertThat(get("/records/" + "0".repeat(64)).statusCode()).isEqualTo(404);
        assertThat(get("/records/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void restrictedRecordsAreHiddenFromPagesAndFiles() throws Exception {
        String hiddenId = hiddenId();

        assertThat(get("/records/" + hiddenId).statusCode()).isEqualTo(404);
        assertThat(get("/files/" + hiddenId + "/thumbnail-small").statusCode()).isEqualTo(404);
        assertThat(get("/files/" + hiddenId + "/original").statusCode()).isEqualTo(404);
        assertThat(get("/api/records/" + hiddenId).statusCode()).isEqualTo(404);
        assertThat(get("/api/search?q=" + URLEncoder.encode("riêng tư", StandardCharsets.UTF_8)).body()).contains("\"total\":0");
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
    @Test
    void pagesCarryAStrictPolicyAndNoSniffing() throws Exception {
        for (String path : new String[] {"/", "/login", "/records/" + "0".repeat(64)}) {
            HttpResponse<String> page = get(path);

            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void plainTextIsShownAsUtf8TextInASandbox() throws Exception {
        String id = recordIdOnSearchPage("quarter");

        HttpResponse<String> note = get("/files/" + id + "/original");

        assertThat(note.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(note.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(note.headers().firstValue("Content-Security-Policy")).hasValue("sandbox; default-src 'none'");
        assertThat(note.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).doesNotContain("no-store"));
        assertThat(get("/files/" + "0".repeat(64) + "/original").headers().firstValue("Content-Security-Policy"))
                .hasValue("sandbox; default-src 'none'");
    }

    @Test
    void aRestrictedFileIsNeverKeptInACache() throws Exception {
        HttpClient archivist = signedInArchivist();

        HttpResponse<byte[]> original = archivist.send(request("/files/" + hiddenId() + "/original"), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> thumbnail = archivist.send(request("/files/" + hiddenId() + "/thumbnail-small"), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(original.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(thumbnail.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }
}
