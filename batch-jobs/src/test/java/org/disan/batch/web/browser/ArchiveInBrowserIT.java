package org.disan.batch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web archive in a real browser, over the repository's sample collection really ingested:
 * searching with and without diacritics, narrowing by a facet, reading a record, playing a
 * recording, switching language, signing in to see the restricted ca trù recording, and
 * following the ingest from the archivists' job pages to its report.
 * Screenshots of the main pages go to {@code target/screenshots}.
 */
@TestMethodOrder(OrderAnnotation.class)
class ArchiveInBrowserIT {

    private static final String CA_TRU = "Ca trù – lối hát cổ truyền của đất Thăng Long";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    static ServedArchive archive;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void ingestServeAndOpenTheBrowser() throws Exception {
        Path samples = Path.of(System.getProperty("disan.samples", "../samples/hanoi-creative-city")).toAbsolutePath();
        Path data = temp.resolve("data");
        ServedArchive.ingest(data, samples);
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
    @Order(1)
    void searchingWithAndWithoutDiacriticsFindsTheSameRecords() throws Exception {
        String withTones = searchFor("Hồ Gươm");
        screenshot("search");
        String withoutTones = searchFor("ho guom");

        assertThat(withTones).contains("Tháp Rùa và cầu Thê Húc trên Hồ Gươm buổi sáng");
        assertThat(withoutTones).isEqualTo(withTones);
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
    }

    @Test
    @Order(2)
    void clickingAFacetNarrowsTheResults() throws Exception {
        browser.get(base + "/?lang=en");
        int everything = browser.findElements(By.cssSelector(".hit")).size();
        WebElement sound = browser.findElement(By.cssSelector("[data-facet=type] a[href*='f.type=Sound']"));

        loadNextPage(sound::click);

        assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains("Sound");
        assertThat(browser.findElements(By.cssSelector(".hit"))).hasSizeLessThan(everything)
                .allSatisfy(hit -> assertThat(hit.findElement(By.cssSelector(".type")).getText()).isEqualTo("Sound"));
        assertThat(browser.getPageSource()).doesNotContain(CA_TRU);
        screenshot("facet");
    }

    @Test
    @Order(3)
    void aRecordPageShowsItsDescriptionAndPlaysItsRecording() throws Exception {
        searchFor("loi chao");
        loadNextPage(browser.findElement(By.cssSelector(".hit h2 a"))::click);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lời chào từ Thủ đô nghìn năm văn hiến");
        assertThat(browser.findElement(By.cssSelector(".fields")).getText()).contains("Creator").contains("Nhóm âm thanh disan");
        WebElement audio = browser.findElement(By.tagName("audio"));
        JavascriptExecutor script = browser;
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                ((Number) script.executeScript("return arguments[0].readyState;", audio)).intValue() >= 1);
        Number duration = (Number) script.executeScript("return arguments[0].duration;", audio);
        assertThat(duration.doubleValue()).isGreaterThan(0);
        assertThat(browser.findElement(By.cssSelector(".citation")).getText()).contains("Accessed");
        screenshot("record-audio");
    }

    @Test
    @Order(4)
    void theLanguageSwitchTurnsThePagesVietnameseAndIsRemembered() throws Exception {
        browser.get(base + "/?lang=en");
        loadNextPage(browser.findElement(By.linkText("Tiếng Việt"))::click);
        browser.get(base + "/?q=lang+nghe");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.cssSelector(".search-form label")).getText()).isEqualTo("Tìm trong kho lưu trữ");
        screenshot("search-vi");
        browser.get(base + "/?lang=en");
    }

    @Test
    @Order(5)
    void anArchivistWhoSignsInSeesTheRestrictedRecording() throws Exception {
        assertThat(searchFor("ca tru")).doesNotContain(CA_TRU);

        loadNextPage(browser.findElement(By.linkText("Sign in"))::click);
        browser.findElement(By.id("username")).sendKeys("lan");
        browser.findElement(By.id("password")).sendKeys("kho-luu-tru");
        screenshot("sign-in");
        loadNextPage(browser.findElement(By.cssSelector(".login button"))::click);
        String afterSignIn = searchFor("ca tru");

        assertThat(afterSignIn).contains(CA_TRU);
        loadNextPage(browser.findElement(By.linkText(CA_TRU))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(CA_TRU);
        assertThat(browser.findElements(By.tagName("audio"))).hasSize(1);
        screenshot("record-restricted");
    }

    @Test
    @Order(0)
    void aPublicVisitorWhoOpensTheJobsIsAskedToSignIn() {
        browser.get(base + "/jobs?lang=en");

        assertThat(browser.getCurrentUrl()).startsWith(base + "/login");
        assertThat(browser.findElements(By.linkText("Jobs"))).isEmpty();
        // Signing in would now return to the jobs page; the later tests start from a new session.
        browser.manage().deleteAllCookies();
        browser.get(base + "/");
    }

    @Test
    @Order(6)
    void aSignedInArchivistFollowsTheIngestFromTheJobsPageToItsReport() throws Exception {
        browser.get(base + "/?lang=en");
        loadNextPage(browser.findElement(By.linkText("Jobs"))::click);

        WebElement ingest = browser.findElement(By.cssSelector(".job-list tbody tr"));
        assertThat(ingest.findElement(By.cssSelector(".status")).getText()).isEqualTo("Completed");
        assertThat(ingest.getText()).contains("Ingest").contains("hanoi-creative-city").containsPattern("(\\d+) of \\1 files");
        screenshot("jobs");

        loadNextPage(ingest.findElement(By.cssSelector("a"))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Job ");
        assertThat(browser.findElements(By.cssSelector(".outcomes tbody tr"))).hasSizeGreaterThan(10);
        assertThat(browser.findElement(By.cssSelector(".outcomes")).getText())
                .contains("audio/ca-tru-gioi-thieu.mp3").contains(CA_TRU);
        screenshot("job");

        loadNextPage(browser.findElement(By.cssSelector(".report-link"))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("hanoi-creative-city");
        screenshot("job-report");
    }

    /** Types a query into the search box, submits it and returns the result list's text. */
    private static String searchFor(String query) {
        if (!browser.getCurrentUrl().startsWith(base)) {
            browser.get(base + "/");
        }
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query);
        loadNextPage(box::submit);
        return browser.findElements(By.cssSelector(".hits")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Does what leads to another page and waits until the browser has left the current one. */
    private static void loadNextPage(Runnable action) {
        WebElement current = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(current));
    }

    private static void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
