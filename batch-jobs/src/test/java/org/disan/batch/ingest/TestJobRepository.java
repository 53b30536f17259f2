package org.disan.batch.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The job repository a test runs against: the embedded default, or a PostgreSQL schema of its
 * own (on the local server, trust authentication, database {@code test}), so that concurrent and
 * earlier runs never share job instances. The schema is dropped on close.
 */
record TestJobRepository(String url) implements AutoCloseable {

    static final String POSTGRESQL_SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    static TestJobRepository of(String kind) throws SQLException {
        if (kind.equals("h2")) {
            return new TestJobRepository(null);
        }
        String schema = "disan_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        return new TestJobRepository(POSTGRESQL_SERVER + "?currentSchema=" + schema);
    }

    /** The arguments with {@code --job-repository} added when this is not the embedded one. */
    String[] withOption(String... args) {
        if (url == null) {
            return args;
        }
        return Stream.concat(Arrays.stream(args, 0, 1), Stream.concat(
                Stream.of("--job-repository", url), Arrays.stream(args, 1, args.length))).toArray(String[]::new);
    }

    /** How many job executions the PostgreSQL schema holds; -1 for the embedded repository. */
    long executions() throws SQLException {
        if (url == null) {
            return -1;
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM batch_job_execution")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (url != null) {
            execute("DROP SCHEMA " + url.substring(url.indexOf('=') + 1) + " CASCADE");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRESQL_SERVER, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
