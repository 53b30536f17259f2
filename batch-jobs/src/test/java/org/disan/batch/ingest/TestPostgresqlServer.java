package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Assertions;

/**
 * A PostgreSQL server of a test's own, which it may restart: a fresh cluster made with the
 * machine's {@code initdb} in a folder under {@code target/} and run with {@code pg_ctl} on a free
 * port, so that restarting it never disturbs the machine's server or other builds using it. Run by
 * root, the server runs as the {@code postgres} user. Closing it stops it and deletes its folder.
 */
final class TestPostgresqlServer implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String SERVER_USER = "postgres";
    private static final int PG_CTL_SECONDS = 120;

    private final Path bin;
    private final Path folder;
    private final int port;

    private TestPostgresqlServer(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** Makes and starts a new server; fails the test when this machine has no PostgreSQL server to run. */
    static TestPostgresqlServer start() throws Exception {
        Optional<Path> bin = serverPrograms();
        Assertions.assertTrue(bin.isPresent(), "this test runs a PostgreSQL server of its own and restarts it,"
                + " but there is no initdb and pg_ctl under " + INSTALLATIONS + " (Debian package postgresql)");
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "postgresql-own-")
                .toAbsolutePath();
        TestPostgresqlServer server = new TestPostgresqlServer(bin.get(), folder, freePort());
        try {
            server.initialise();
            server.pgCtl("start", "-l", server.folder.resolve("server.log").toString(), "-o",
                    "-p " + server.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + folder);
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The JDBC URL of its {@code postgres} database (user postgres, trust authentication). */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Restarts the server as an administrator would: a fast shutdown cuts every open connection. */
    void restart() throws Exception {
        pgCtl("restart", "-m", "fast");
    }

    /** When the running server process started: a restart changes it. */
    OffsetDateTime startedAt() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), SERVER_USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_postmaster_start_time()")) {
            rows.next();
            return rows.getObject(1, OffsetDateTime.class);
        }
    }

    private void initialise() throws Exception {
        if (asRoot()) {
            UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(folder, users.lookupPrincipalByName(SERVER_USER));
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", SERVER_USER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
    }

    private void pgCtl(String action, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), action, "-D",
                data().toString(), "-w", "-t", String.valueOf(PG_CTL_SECONDS)));
        command.addAll(List.of(options));
        run(command);
    }

    private void run(List<String> command) throws Exception {
        List<String> asServerUser = new ArrayList<>();
        if (asRoot()) {
            asServerUser.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        asServerUser.addAll(command);
        Path log = folder.resolveSibling(folder.getFileName() + ".log");
        Process process = new ProcessBuilder(asServerUser).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            assertThat(process.waitFor(PG_CTL_SECONDS + 30, TimeUnit.SECONDS)).as("%s ended in time", command).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("%s:%n%s", command, Files.readString(log)).isZero();
    }

    private Path data() {
        return folder.resolve("data");
    }

    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                pgCtl("stop", "-m", "immediate");
            }
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    private static Optional<Path> serverPrograms() throws IOException {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb"))
                            && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(TestPostgresqlServer::majorVersion));
        }
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static boolean asRoot() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
