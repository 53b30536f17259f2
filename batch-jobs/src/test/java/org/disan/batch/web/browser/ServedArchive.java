package org.disan.batch.web.browser;


import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.web.ServedForTests;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every browser test stands on: an ingested data folder served by the web archive on a free
 * port, with one archivist account, and a headless Chromium to look at it. Closing quits both.
 */
final class ServedArchive implements AutoCloseable {

    static final String ARCHIVIST = "lan";
    static final String PASSWORD = "kho-luu-tru";

    final ConfigurableApplicationContext server;
    final String base;
    final ChromeDriver browser;

    private ServedArchive(ConfigurableApplicationContext server, ChromeDriver browser) {
        this.server = server;
        this.base = ServedForTests.base(server);
        this.browser = browser;
    }

    /** Ingests a submission as {@code disan ingest --ocr off} does; it must succeed. */
    static CommandLineRun ingest(Path data, Path submission) {
        return ServedForTests.ingest(data, submission);
    }

    static ServedArchive open(Path data, Path profile) throws Exception {
        return open(data, profile, PageLoadStrategy.NORMAL, Duration.ofSeconds(30));
    }

    static ServedArchive open(Path data, Path profile, PageLoadStrategy pageLoad, Duration pageLoadTimeout)
            throws Exception {
        ConfigurableApplicationContext server = ServedForTests.serve(data, ARCHIVIST, PASSWORD);
        try {
            ChromeDriver browser = HeadlessChromium.start(Files.createDirectories(profile), pageLoad);
            browser.manage().timeouts().pageLoadTimeout(pageLoadTimeout);
            return new ServedArchive(server, browser);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.close();
        }
    }
}
