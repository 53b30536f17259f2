package org.disan.batch.web;

import java.util.HashMap;
import java.util.Map;
import org.disan.batch.CommandLineLogging;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The researchers' web archive: search and record pages, files and the JSON API, read from the
 * data folder's index and store; archivists sign in to see restricted records and the jobs.
 * Submissions sent to the API are ingested in this process, on the data folder's embedded job
 * repository, which it therefore holds while it runs.
 */
@SpringBootApplication
public class WebApplication {

    /**
     * Starts the web server on the given port; {@code null} means the {@code server.port}
     * property, else {@code DISAN_PORT}, else 8080.
     */
    public static ConfigurableApplicationContext start(DataFolder data, Integer port) {
        return start(data, IndexSelection.embedded(), port);
    }

    /** As {@link #start(DataFolder, Integer)}, searching the selected index. */
    public static ConfigurableApplicationContext start(DataFolder data, IndexSelection index, Integer port) {
        return start(data, index, port, Map.of());
    }

    /** Starts the web server with extra properties, e.g. the archivists' accounts. */
    public static ConfigurableApplicationContext start(DataFolder data, Integer port, Map<String, Object> properties) {
        return start(data, IndexSelection.embedded(), port, properties);
    }

    private static ConfigurableApplicationContext start(DataFolder data, IndexSelection index, Integer port,
            Map<String, Object> properties) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("disan.data", data.root().toString());
        defaults.put("server.port", "${DISAN_PORT:8080}");
        defaults.put("spring.main.banner-mode", "off");
        defaults.put("spring.messages.fallback-to-system-locale", "false");
        defaults.putAll(JobRepositoryLocation.embedded(data).springProperties());
        defaults.put("spring.batch.job.enabled", "false");
        // Submissions are read as a stream from the request body; no form uploads are parsed.
        defaults.put("spring.servlet.multipart.enabled", "false");
        // Behind a TLS proxy: X-Forwarded-Proto makes requests secure (and the session cookie Secure),
        // X-Forwarded-For names the client the rate limits count; trusted from private addresses only.
        defaults.put("server.forward-headers-strategy", "native");
        defaults.put("server.servlet.session.cookie.same-site", "lax");
        // Room for a long query in the URL (a Vietnamese letter takes nine characters encoded), so
        // that an over-long one reaches the query's own limit and hears why it is refused.
        defaults.put("server.max-http-request-header-size", "32KB");
        defaults.putAll(CommandLineLogging.properties());
        defaults.putAll(properties);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(WebApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(defaults)
                .initializers(context -> context.getBeanFactory().registerSingleton(IndexSelection.BEAN, index));
        String[] args = port == null ? new String[0] : new String[] {"--server.port=" + port};
        return builder.run(args);
    }
}
