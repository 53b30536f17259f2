package org.disan.batch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disan.batch.cli.CommandLineRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The archive's pages as a reader meets them in Chromium, over the sample collection and a small
 * second submission with a file that fails: previews on a page's first view, the narrow layout of
 * a phone (390 px), keyboard-only use, languages, the archivist's access badges and facet, the job
 * pages, and axe-core's accessibility check of every kind of page.
 */
@TestMethodOrder(OrderAnnotation.class)
class PagesInBrowserIT {

    private static final String CA_TRU = "Ca trù – lối hát cổ truyền của đất Thăng Long";
    private static final String COLLECTION_DESCRIPTION = "Tư liệu về Hà Nội, thành phố sáng tạo của UNESCO.";

    @TempDir
    static Path temp;

    static ServedArchive archive;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void ingestServeAndOpenTheBrowser() throws Exception {
        Path samples = Path.of(System.getProperty("disan.samples", "../samples/hanoi-creative-city")).toAbsolutePath();
        Path data = temp.resolve("data");
        ingest(data, samples);
        Path faulty = Files.createDirectories(temp.resolve("phieu-loi"));
        Files.writeString(faulty.resolve("ghi-chu.txt"), "Ghi chú về phố Hàng Bạc, Hà Nội.", StandardCharsets.UTF_8);
        Files.writeString(faulty.resolve("trang.txt"), "Một trang về làng gốm.", StandardCharsets.UTF_8);
        Files.write(faulty.resolve("rong.pdf"), new byte[0]);
        ingest(data, faulty);
        Files.writeString(data.resolve("collections.csv"), "collection,description\n"
                + "hanoi-creative-city,\"" + COLLECTION_DESCRIPTION + "\"\n", StandardCharsets.UTF_8);
        // Pages are ready at DOMContentLoaded; the first-view test waits for its images itself.
        archive = ServedArchive.open(data, temp.resolve("profile"), PageLoadStrategy.EAGER, Duration.ofSeconds(60));
        browser = archive.browser;
        base = archive.base;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    private static void ingest(Path data, Path submission) {
        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--data", data.toString(), submission.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isIn(0, 1, 2);
    }

    @AfterAll
    static void stop() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    @Order(1)
    void onAPagesFirstViewDocumentAndVideoThumbnailsAreImagesNotGreyBoxes() {
        browser.get(base + "/?lang=en&size=20");

        List<WebElement> thumbnails = browser.findElements(By.cssSelector(".thumb img"));
        assertThat(thumbnails).hasSizeGreaterThanOrEqualTo(10);
        new WebDriverWait(browser, Duration.ofSeconds(240)).until(driver -> thumbnails.stream().allMatch(img ->
                Boolean.TRUE.equals(js("return arguments[0].complete;", img))));
        assertThat(thumbnails).allSatisfy(img -> assertThat(((Number) js("return arguments[0].naturalWidth;", img)).intValue())
                .as(img.getAttribute("src")).isPositive());
        assertThat(browser.findElements(By.cssSelector(".thumb img[src*='thumbnail-small']"))).hasSameSizeAs(thumbnails);
    }

    @Test
    @Order(2)
    void aRecordingShowsItsWaveformAndAVideoItsKeyframeOnce() {
        openRecord("loi chao");
        WebElement waveform = browser.findElement(By.cssSelector(".player img.waveform"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(js("return arguments[0].complete;", waveform)));
        assertThat(((Number) js("return arguments[0].naturalWidth;", waveform)).intValue()).isPositive();

        openRecord("mot vong pho co");
        String page = browser.getPageSource();
        assertThat(browser.findElement(By.tagName("video")).getAttribute("poster")).endsWith("/keyframe");
        assertThat(page.split("/keyframe", -1)).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
    }

    @Test
    @Order(3)
    void backToSearchReturnsToTheSameQueryFiltersAndPage() {
        String search = base + "/?q=ha%20noi&f.type=Text&size=2&page=2";
        browser.get(search + "&lang=en");
        loadNextPage(browser.findElement(By.cssSelector(".hit h2 a"))::click);

        loadNextPage(browser.findElement(By.cssSelector(".back a"))::click);

        assertThat(browser.getCurrentUrl()).isEqualTo(search);
        assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("Page 2");
        assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains("Text");
    }

    @Test
    @Order(4)
    void recordPagesLinkTheirValuesCollectionAndRelatedRecords() {
        openRecord("ho guom thap rua");

        loadNextPage(browser.findElement(By.linkText("Hoàn Kiếm"))::click);
        assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains("Place").contains("Hoàn Kiếm");
        browser.navigate().back();
        assertThat(browser.findElements(By.cssSelector(".related li"))).isNotEmpty();
        loadNextPage(browser.findElement(By.cssSelector(".collection-link"))::click);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("hanoi-creative-city");
        assertThat(browser.findElement(By.cssSelector(".description")).getText()).isEqualTo(COLLECTION_DESCRIPTION);
        assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(10);
        assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("Page 1 of 2");
    }

    @Test
    @Order(5)
    void theVietnameseInterfaceNamesTypesAndTechnicalFieldsInVietnamese() {
        browser.get(base + "/?lang=vi");
        assertThat(browser.findElement(By.cssSelector("[data-facet=type]")).getText()).contains("Ảnh tĩnh", "Âm thanh")
                .doesNotContain("StillImage");
        openRecord("ho guom thap rua");
        String technical = browser.findElement(By.cssSelector("main")).getText();
        assertThat(technical).contains("Chiều rộng (điểm ảnh)", "Kích thước").doesNotContain("width", "dateTaken");
        browser.get(base + "/?lang=en");
    }

    @Test
    @Order(6)
    void vietnameseTitlesInTheEnglishInterfaceAreMarkedAsVietnamese() {
        browser.get(base + "/?lang=en&q=unesco&size=20");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.cssSelector(".hit h2 a[lang=vi]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".hit h2 a[lang=en]"))).isNotEmpty();
    }

    @Test
    @Order(7)
    void atPhoneWidthNothingScrollsSidewaysAndFacetsComeBeforeResults() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.get(base + "/?lang=en&q=ha+noi");
            assertNoSidewaysScroll();
            WebElement facets = browser.findElement(By.cssSelector(".facets"));
            WebElement results = browser.findElement(By.cssSelector(".hits"));
            assertThat(facets.getLocation().getY()).isLessThan(results.getLocation().getY());
            assertThat(facets.findElement(By.tagName("details")).getAttribute("open")).isNull();
            for (String query : List.of("loi chao", "mot vong pho co", "chieu doi do", "ban do phac hoa", "ban tin thang long")) {
                openRecord(query);
                assertNoSidewaysScroll();
            }
            browser.get(base + "/collections/hanoi-creative-city?lang=vi");
            assertNoSidewaysScroll();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(8)
    void aKeyboardAloneSkipsToTheResultsOpensARecordAndGoesBack() {
        browser.get(base + "/?lang=en&q=lang+nghe");
        Actions keys = new Actions(browser);

        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(browser.getCurrentUrl()).endsWith("#main");
        WebElement focused = browser.switchTo().activeElement();
        for (int i = 0; i < 80 && !isResultTitle(focused); i++) {
            keys.sendKeys(Keys.TAB).perform();
            focused = browser.switchTo().activeElement();
        }
        assertThat(focused.findElements(By.xpath("parent::h2"))).as("a result's title took the focus").hasSize(1);
        String title = focused.getText();
        loadNextPage(() -> keys.sendKeys(Keys.ENTER).perform());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

        keys.sendKeys(Keys.TAB).perform();
        keys.sendKeys(Keys.ENTER).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Back to search");
        loadNextPage(() -> keys.sendKeys(Keys.ENTER).perform());
        assertThat(browser.getCurrentUrl()).contains("q=lang%20nghe");
    }

    @Test
    @Order(9)
    void thePublicSeesNoAccessFacetOrBadgesButASignedInArchivistDoes() {
        browser.get(base + "/?lang=en");
        assertThat(browser.findElements(By.cssSelector("[data-facet=access]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".access-badge"))).isEmpty();

        signIn();
        browser.get(base + "/?lang=en");
        assertThat(browser.findElement(By.cssSelector("[data-facet=access]")).getText()).contains("Restricted").contains("Public");
        browser.get(base + "/?lang=en&q=ca+tru");
        WebElement hit = browser.findElement(By.xpath("//li[contains(@class,'hit')][.//a[text()='" + CA_TRU + "']]"));
        assertThat(hit.findElement(By.cssSelector(".access-badge")).getText()).isEqualTo("Restricted");
        loadNextPage(browser.findElement(By.linkText(CA_TRU))::click);
        assertThat(browser.findElement(By.cssSelector(".record-heading .access-badge")).getText()).isEqualTo("Restricted");
    }

    @Test
    @Order(10)
    void theJobPageListsFailuresFirstAndTheReportIsStyledAndVietnamese() {
        browser.get(base + "/jobs?lang=vi");
        WebElement faultyJob = browser.findElements(By.cssSelector(".job-list tbody tr")).stream()
                .filter(row -> row.getText().contains("phieu-loi")).findFirst().orElseThrow();
        loadNextPage(faultyJob.findElement(By.cssSelector("a"))::click);

        WebElement first = browser.findElement(By.cssSelector(".outcomes tbody tr"));
        assertThat(first.getAttribute("data-status")).isEqualTo("FAILED");
        assertThat(first.getText()).contains("rong.pdf").contains("Tệp rỗng (0 byte)");

        loadNextPage(browser.findElement(By.cssSelector(".report-link"))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Nhập dữ liệu từ").contains("phieu-loi");
        assertThat(browser.findElement(By.cssSelector(".failures")).getText()).contains("rong.pdf", "Tệp rỗng");
        assertThat(js("return getComputedStyle(document.querySelector('.site-header')).display;")).isEqualTo("flex");
        browser.get(base + "/?lang=en");
    }

    @Test
    @Order(11)
    void searchRecordCollectionAndJobPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        List<String> violations = new ArrayList<>();
        for (String page : List.of("/?lang=en", "/?lang=vi&q=ha+noi&f.type=Text", "/collections?lang=en",
                "/collections/hanoi-creative-city?lang=vi", "/jobs?lang=en")) {
            browser.get(base + page);
            violations.addAll(AxeCheck.seriousViolations(browser));
        }
        for (String query : List.of("loi chao", "mot vong pho co", "chieu doi do", "ban do phac hoa", CA_TRU)) {
            openRecord(query);
            violations.addAll(AxeCheck.seriousViolations(browser));
        }
        browser.get(base + "/jobs?lang=en");
        loadNextPage(browser.findElement(By.cssSelector(".job-list tbody tr a"))::click);
        violations.addAll(AxeCheck.seriousViolations(browser));
        loadNextPage(browser.findElement(By.cssSelector(".report-link"))::click);
        violations.addAll(AxeCheck.seriousViolations(browser));

        assertThat(violations).isEmpty();
    }

    private static boolean isResultTitle(WebElement element) {
        return element.findElements(By.xpath("self::a[parent::h2[ancestor::li[contains(@class,'hit')]]]")).size() == 1;
    }

    private static void openRecord(String query) {
        browser.get(base + "/?lang=" + currentLanguage() + "&q=" + query.replace(' ', '+'));
        loadNextPage(browser.findElement(By.cssSelector(".hit h2 a"))::click);
    }

    private static String currentLanguage() {
        String lang = browser.findElements(By.tagName("html")).isEmpty() ? null
                : browser.findElement(By.tagName("html")).getAttribute("lang");
        return lang == null || lang.isEmpty() ? "en" : lang;
    }

    private static void assertNoSidewaysScroll() {
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("sideways overflow of " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    private static void signIn() {
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("lan");
        browser.findElement(By.id("password")).sendKeys("kho-luu-tru");
        loadNextPage(browser.findElement(By.cssSelector(".login button"))::click);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Does what leads to another page and waits until the browser has left the current one. */
    private static void loadNextPage(Runnable action) {
        WebElement current = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(current));
    }
}
