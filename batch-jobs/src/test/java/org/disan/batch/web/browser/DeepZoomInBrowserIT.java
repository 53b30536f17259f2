package org.disan.batch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.disan.batch.web.iiif.IiifArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The record page's deep-zoom viewer in Chromium: it opens a 6000×4000 TIFF scan and a PDF's pages
 * from their manifests, and zooming in loads full-resolution tiles from the Image API, as the
 * page's own network entries show.
 */
class DeepZoomInBrowserIT extends IiifArchive {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver browser;

    @BeforeAll
    static void openTheBrowser() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start(Files.createDirectories(temp.resolve("profile")));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void zoomingIntoTheScanLoadsFullResolutionTiles() throws Exception {
        browser.get(base + "/records/" + scanId + "?lang=vi");
        waitUntilLoaded();
        assertThat(browser.findElement(By.cssSelector("figure.preview")).isDisplayed()).as("the still image gives way").isFalse();
        assertThat(browser.executeScript("return OpenSeadragon.getString('Tooltips.ZoomIn')")).isEqualTo("Phóng to");
        browser.executeScript("var v = window.disanDeepZoom.viewport;"
                + "v.zoomTo(v.getMaxZoom()); v.panTo(new OpenSeadragon.Point(0.3, 0.2), true);");
        waitUntilLoaded();
        screenshot("deep-zoom-scan");
        List<String> tiles = tileRequests(scanId);
        assertThat(tiles).as("tiles at full resolution: a 512-pixel region drawn at 512 pixels")
                .anyMatch(Pattern.compile("/\\d+,\\d+,512,512/512,(512)?/0/default\\.jpg$").asPredicate());
        assertThat(tiles).as("the zoomed-out view came first")
                .anyMatch(Pattern.compile("/\\d+,\\d+,(1024|2048|4096),\\d+/").asPredicate());
    }

    @Test
    void aPdfsPagesOpenOneAfterAnotherWithTheirTiles() throws Exception {
        browser.get(base + "/records/" + pdfId + "?lang=en");
        waitUntilLoaded();
        assertThat(tileRequests(pdfId + "~p1")).isNotEmpty();
        browser.executeScript("window.disanDeepZoom.goToPage(2);");
        waitUntilLoaded();
        browser.executeScript("var v = window.disanDeepZoom.viewport; v.zoomTo(v.getMaxZoom() / 2);");
        waitUntilLoaded();
        screenshot("deep-zoom-pdf-page-3");
        assertThat(tileRequests(pdfId + "~p3")).as("the scanned third page's tiles").isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("a.iiif-manifest")).getAttribute("href"))
                .isEqualTo(base + "/iiif/3/" + pdfId + "/manifest");
    }

    private static void waitUntilLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "var v = window.disanDeepZoom; return !!v && v.world.getItemCount() > 0"
                        + " && v.world.getItemAt(0).getFullyLoaded();")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> tileRequests(String identifier) {
        List<String> names = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        String prefix = base + "/iiif/3/" + identifier + "/";
        return names.stream().filter(name -> name.startsWith(prefix) && name.endsWith(".jpg")).toList();
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
