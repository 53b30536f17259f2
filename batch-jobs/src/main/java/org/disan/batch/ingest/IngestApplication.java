package org.disan.batch.ingest;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disan.batch.CommandLineLogging;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.remote.RemotePartitioning;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context an ingest runs in: Spring Batch on the data folder's embedded H2 job
 * repository, no web server. Jobs are launched explicitly by {@link IngestJobRunner}.
 */
@SpringBootApplication(exclude = ThymeleafAutoConfiguration.class)
public class IngestApplication {

    private static final String BOOT = "org.springframework.boot.autoconfigure.";

    /**
     * What Boot would set up from the class path that an ingest in this process never uses: its
     * own Elasticsearch and HTTP clients (the index makes its own), security, caches, and the
     * broker and messaging that only remote partitioning needs. Leaving them out spares every
     * start the loading of their classes.
     */
    private static final List<String> LOCAL_EXCLUSIONS = List.of(
            BOOT + "elasticsearch.ElasticsearchClientAutoConfiguration",
            BOOT + "elasticsearch.ElasticsearchRestClientAutoConfiguration",
            BOOT + "http.client.reactive.ClientHttpConnectorAutoConfiguration",
            BOOT + "http.client.HttpClientAutoConfiguration",
            BOOT + "http.HttpMessageConvertersAutoConfiguration",
            BOOT + "web.client.RestClientAutoConfiguration",
            BOOT + "web.client.RestTemplateAutoConfiguration",
            BOOT + "reactor.ReactorAutoConfiguration",
            BOOT + "security.servlet.SecurityAutoConfiguration",
            BOOT + "security.servlet.UserDetailsServiceAutoConfiguration",
            BOOT + "cache.CacheAutoConfiguration",
            BOOT + "integration.IntegrationAutoConfiguration",
            BOOT + "amqp.RabbitAutoConfiguration");

    /** Starts the context on the data folder's embedded index; progress lines go to the given writer. */
    public static ConfigurableApplicationContext start(DataFolder data, PrintWriter progress) {
        return start(data, IndexSelection.embedded(), JobRepositoryLocation.embedded(data), progress);
    }

    /** Starts the context writing into the selected index; progress lines go to the given writer. */
    public static ConfigurableApplicationContext start(DataFolder data, IndexSelection index, PrintWriter progress) {
        return start(data, index, JobRepositoryLocation.embedded(data), progress);
    }

    /** Starts the context on the given index and job repository; progress lines go to the given writer. */
    public static ConfigurableApplicationContext start(DataFolder data, IndexSelection index,
            JobRepositoryLocation repository, PrintWriter progress) {
        return start(data, index, repository, progress, Map.of());
    }

    /** As above, with more properties (say, a part in remote partitioning). */
    public static ConfigurableApplicationContext start(DataFolder data, IndexSelection index,
            JobRepositoryLocation repository, PrintWriter progress, Map<String, Object> more) {
        Map<String, Object> properties = properties(data, repository);
        if (!more.containsKey(RemotePartitioning.ROLE_PROPERTY)) {
            properties.put("spring.autoconfigure.exclude", String.join(",", LOCAL_EXCLUSIONS));
        }
        properties.putAll(more);
        return new SpringApplicationBuilder(IngestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton(IngestProgressOutput.BEAN, progress);
                    context.getBeanFactory().registerSingleton(IndexSelection.BEAN, index);
                })
                .run();
    }

    public static Map<String, Object> properties(DataFolder data) {
        return properties(data, JobRepositoryLocation.embedded(data));
    }

    public static Map<String, Object> properties(DataFolder data, JobRepositoryLocation repository) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("disan.data", data.root().toString());
        properties.put("spring.datasource.url", data.jobRepositoryUrl());
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        // Boot runs Spring Batch's schema script on every start; with continue-on-error it
        // leaves an existing repository as it is.
        properties.put("spring.batch.jdbc.initialize-schema", "always");
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.web-application-type", "none");
        properties.putAll(CommandLineLogging.properties());
        properties.putAll(repository.springProperties());
        return properties;
    }
}
