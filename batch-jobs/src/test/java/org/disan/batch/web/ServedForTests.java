package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.DataFolder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * What the web archive's tests stand on: a submission ingested by the command line, and its data
 * folder served on a free port with one archivist account.
 */
public final class ServedForTests {

    private ServedForTests() {}

    /** Ingests a submission as {@code disan ingest --ocr off} does; it must succeed. */
    public static CommandLineRun ingest(Path data, Path submission) {
        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--data", data.toString(), submission.toString());
        assertThat(ingest.exitCode()).as(ingest.err() + ingest.out()).isZero();
        return ingest;
    }

    /** Serves the data folder on a free port, with one archivist who signs in with the password. */
    public static ConfigurableApplicationContext serve(Path data, String archivist, String password) {
        return WebApplication.start(new DataFolder(data), 0, Map.of(
                "disan.users[0].name", archivist,
                "disan.users[0].password", "{bcrypt}" + new BCryptPasswordEncoder().encode(password)));
    }

    /** The server's address, {@code http://localhost:PORT}. */
    public static String base(ConfigurableApplicationContext server) {
        return "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }
}
