package org.disan.batch.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through its chromedriver, both named explicitly so Selenium never
 * looks for (or downloads) a browser of its own.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    static ChromeDriver start(Path profile) {
        return start(profile, PageLoadStrategy.NORMAL);
    }

    /** With {@link PageLoadStrategy#EAGER}, page loads return at DOMContentLoaded, not after every image. */
    static ChromeDriver start(Path profile, PageLoadStrategy pageLoad) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.setPageLoadStrategy(pageLoad);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--autoplay-policy=no-user-gesture-required",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        // Files the archive sends as attachments land in the test's profile, never in a home folder.
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }
}
