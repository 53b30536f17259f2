package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;

/**
 * An Elasticsearch server of a test's own, which it may stop and start: the distribution the
 * build unpacked for its shared test server, started by the same scripts in a folder of its own
 * under {@code target/} on free ports (as an unprivileged user when the build runs as root). Its
 * indexes survive a stop and start. Closing it stops it and deletes its folder.
 */
final class TestElasticsearchServer implements AutoCloseable {

    private static final int SCRIPT_MINUTES = 5;

    private final Path home;
    private final Path scripts;
    private final Path workDir;
    private final int httpPort;
    private final int transportPort;

    private TestElasticsearchServer(Path home, Path scripts, Path workDir, int httpPort, int transportPort) {
        this.home = home;
        this.scripts = scripts;
        this.workDir = workDir;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
    }

    /** Starts a new server; the build says where its distribution and scripts are. */
    static TestElasticsearchServer start() throws Exception {
        Path home = Path.of(property("disan.test.es.home"));
        Path scripts = Path.of(property("disan.test.es.scripts"));
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "elasticsearch-own-")
                .toAbsolutePath();
        TestElasticsearchServer server = new TestElasticsearchServer(home, scripts, workDir, freePort(), freePort());
        server.start(false);
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Starts the stopped server again, with the indexes it had. */
    void restart() throws Exception {
        start(true);
    }

    void stop() throws Exception {
        run(List.of("bash", scripts.resolve("stop-elasticsearch.sh").toString(), workDir.toString()), false);
    }

    private void start(boolean keepData) throws Exception {
        run(List.of("bash", scripts.resolve("start-elasticsearch.sh").toString(), home.toString(), workDir.toString(),
                String.valueOf(httpPort), String.valueOf(transportPort)), keepData);
    }

    private void run(List<String> command, boolean keepData) throws Exception {
        Path log = workDir.resolveSibling(workDir.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ES_KEEP_DATA", keepData ? "1" : "0");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(SCRIPT_MINUTES, TimeUnit.MINUTES)).as("%s ended in time", command).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("%s:%n%s", command, Files.readString(log)).isZero();
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            // A checkout the server's user cannot reach is run from a copy under /tmp, linked from here.
            Path logs = workDir.resolve("logs");
            Path relocated = Files.isSymbolicLink(logs) ? Files.readSymbolicLink(logs).getParent() : null;
            PathUtils.deleteDirectory(workDir);
            if (relocated != null) {
                PathUtils.deleteDirectory(relocated);
            }
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as(name + " (set by 'mvn verify', which unpacks the test server)")
                .isNotBlank().doesNotContain("${");
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
