package org.disan.batch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searching inside a recording in a real browser: the sample narration, ingested with its
 * Vietnamese WebVTT and English SubRip transcripts, is found by a spoken word; the hit's cue opens
 * the record page with the player at that moment, the panel follows playback and offers both
 * languages, and the captions are served as WebVTT.
 */
class TranscriptInBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    static ServedArchive archive;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void ingestServeAndOpenTheBrowser() throws Exception {
        Path samples = Path.of(System.getProperty("disan.samples", "../samples/hanoi-creative-city")).toAbsolutePath();
        Path folder = Files.createDirectories(temp.resolve("ghi-am"));
        for (String name : List.of("ke-chuyen-lang-nghe.mp3", "ke-chuyen-lang-nghe.vi.vtt", "ke-chuyen-lang-nghe.en.srt")) {
            Files.copy(samples.resolve("audio").resolve(name), folder.resolve(name));
        }
        Path data = temp.resolve("data");
        assertThat(ServedArchive.ingest(data, folder).out()).contains("ingested      1");
        Files.createDirectories(SCREENSHOTS);
        archive = ServedArchive.open(data, temp.resolve("profile"));
        browser = archive.browser;
        base = archive.base;
    }

    @AfterAll
    static void stop() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void clickingAHitsCueStartsThePlayerWithinASecondOfItsTime() throws Exception {
        browser.get(base + "/?lang=en&q=" + java.net.URLEncoder.encode("khung cui", java.nio.charset.StandardCharsets.UTF_8));
        WebElement cue = browser.findElement(By.cssSelector(".hit .cues a.cue-time"));
        assertThat(cue.getText()).isEqualTo("0:15");
        assertThat(browser.findElements(By.cssSelector(".hit .cues .cue-text mark")))
                .extracting(WebElement::getText).containsExactly("khung", "cửi");
        screenshot("transcript-hit");

        WebElement page = browser.findElement(By.tagName("html"));
        cue.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));

        assertThat(browser.getCurrentUrl()).endsWith("#t=15");
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> (Boolean) js.executeScript(
                "const p = document.querySelector('figure.player audio');"
                        + " return p && !p.paused && p.currentTime > 0;"));
        double at = ((Number) js.executeScript("return document.querySelector('figure.player audio').currentTime;"))
                .doubleValue();
        assertThat(at).isBetween(15.0, 16.0);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b ->
                !b.findElements(By.cssSelector("#transcript-1 .cue.current")).isEmpty()
                        || !b.findElements(By.cssSelector("#transcript-2 .cue.current")).isEmpty());
        screenshot("transcript-record");
    }

    @Test
    void theRecordPageListsBothTranscriptsAndServesThemAsWebVtt() throws Exception {
        browser.get(base + "/?lang=en&q=looms");
        WebElement hit = browser.findElement(By.cssSelector(".hit h2 a"));
        assertThat(browser.findElement(By.cssSelector(".hit .cues .cue-text")).getAttribute("lang")).isEqualTo("en");
        WebElement page = browser.findElement(By.tagName("html"));
        hit.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));

        assertThat(browser.findElements(By.cssSelector(".transcripts .transcript h3")))
                .extracting(h -> h.getAttribute("textContent")).containsExactlyInAnyOrder("English", "Vietnamese");
        assertThat(browser.findElement(By.cssSelector(".transcript-choice")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".transcript")).stream().filter(WebElement::isDisplayed)).hasSize(1);
        List<WebElement> tracks = browser.findElements(By.cssSelector("figure.player audio track"));
        assertThat(tracks).extracting(t -> t.getAttribute("srclang")).containsExactlyInAnyOrder("en", "vi");

        String vtt = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.text()).then(done);", tracks.get(0).getAttribute("src"));
        assertThat(vtt).startsWith("WEBVTT\n\n00:00:00.500 --> 00:00:05.506\n");
        assertThat(browser.findElements(By.cssSelector(".transcripts .cue a.cue-time")).get(0).getAttribute("href"))
                .contains("/files/").endsWith("/original#t=0");
    }

    private static void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
