package org.disan.batch.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the Spring Batch job repository lives: the data folder's embedded H2 file by default, or
 * a shared database (PostgreSQL) named by {@code --job-repository} or {@code DISAN_JOB_REPOSITORY_URL},
 * with {@code DISAN_JOB_REPOSITORY_USER} and {@code DISAN_JOB_REPOSITORY_PASSWORD}.
 */
public record JobRepositoryLocation(String url, String user, String password, boolean embedded) {

    public static final String URL_VARIABLE = "DISAN_JOB_REPOSITORY_URL";
    public static final String USER_VARIABLE = "DISAN_JOB_REPOSITORY_USER";
    public static final String PASSWORD_VARIABLE = "DISAN_JOB_REPOSITORY_PASSWORD";

    public JobRepositoryLocation {
        Objects.requireNonNull(url, "url");
    }

    public static JobRepositoryLocation embedded(DataFolder data) {
        return new JobRepositoryLocation(data.jobRepositoryUrl(), "sa", "", true);
    }

    /** The given URL (from the command line) if any, else the environment's, else the embedded one. */
    public static JobRepositoryLocation resolve(String optionUrl, DataFolder data, Map<String, String> environment) {
        String url = optionUrl != null && !optionUrl.isBlank() ? optionUrl : environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return embedded(data);
        }
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the job repository must be a jdbc:postgresql: (or jdbc:h2:) URL, not " + url);
        }
        return new JobRepositoryLocation(url, environment.getOrDefault(USER_VARIABLE, "postgres"),
                environment.getOrDefault(PASSWORD_VARIABLE, ""), false);
    }

    /** As {@link #resolve(String, DataFolder, Map)} with this process's environment. */
    public static JobRepositoryLocation resolve(String optionUrl, DataFolder data) {
        return resolve(optionUrl, data, System.getenv());
    }

    /** Spring Boot properties for a context that uses this repository. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        // The embedded file is created on first use; a shared database gets Spring Batch's
        // schema only when its tables are missing, so starting never touches a live schema.
        properties.put("spring.batch.jdbc.initialize-schema", embedded || !hasSchema() ? "always" : "never");
        return properties;
    }

    /** Whether Spring Batch's tables exist in the database's current schema. */
    boolean hasSchema() {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                ResultSet tables = connection.getMetaData()
                        .getTables(null, connection.getSchema(), "batch_job_instance", new String[] {"TABLE"})) {
            return tables.next();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the job repository " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "JobRepositoryLocation[" + url + ", user " + user + (password.isEmpty() ? "" : ", password ***") + "]";
    }
}
