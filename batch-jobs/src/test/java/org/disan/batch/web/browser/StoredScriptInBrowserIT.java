package org.disan.batch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A submitter slips an HTML page and an SVG drawing with scripts into a collection; an archivist
 * who is signed in opens their links. The scripts would write to the archive origin's storage if
 * they ran there; they must not run at all.
 */
class StoredScriptInBrowserIT {

    private static final String MARK = "stored-script";
    private static final String HTML = "<!doctype html><html><head><title>Bản đồ phố cổ</title></head><body>"
            + "<p>Bản đồ ba mươi sáu phố phường Hà Nội.</p>"
            + "<script>localStorage.setItem('" + MARK + "', 'html'); document.title = 'script ran';</script>"
            + "</body></html>";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\">"
            + "<script>localStorage.setItem('" + MARK + "', 'svg');</script>"
            + "<rect width=\"120\" height=\"80\" fill=\"#c33\"/></svg>";

    @TempDir
    static Path temp;

    static ServedArchive archive;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void ingestServeAndSignIn() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("ban-do.html"), HTML, StandardCharsets.UTF_8);
        Files.writeString(submission.resolve("hinh-ve.svg"), SVG, StandardCharsets.UTF_8);
        Path data = temp.resolve("data");
        ServedArchive.ingest(data, submission);
        archive = ServedArchive.open(data, temp.resolve("profile"));
        browser = archive.browser;
        base = archive.base;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("lan");
        browser.findElement(By.id("password")).sendKeys("kho-luu-tru");
        browser.findElement(By.cssSelector(".login button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.cssSelector("form[action='/logout']")).isEmpty());
    }

    @AfterAll
    static void stop() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void neitherTheHtmlNorTheSvgScriptRunsWhenAnArchivistOpensThem() throws Exception {
        for (String content : new String[] {HTML, SVG}) {
            browser.get(base + "/files/" + recordId(content) + "/original");
            Thread.sleep(300);
            assertThat(browser.getTitle()).isNotEqualTo("script ran");
        }
        browser.get(base + "/?lang=en");

        Object written = ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('" + MARK + "');");
        assertThat(written).as("what a stored script wrote on the archive's origin").isNull();
        assertThat(browser.findElement(By.cssSelector("form[action='/logout']")).getText()).contains("lan");
    }

    @Test
    void scriptableFilesAreSentAsSandboxedDownloads() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String content : new String[] {HTML, SVG}) {
            HttpResponse<String> file = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/files/" + recordId(content) + "/original")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
            assertThat(file.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("sandbox").contains("default-src 'none'"));
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    private static String recordId(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
