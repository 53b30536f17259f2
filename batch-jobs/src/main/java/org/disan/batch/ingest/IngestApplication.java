package org.disan.batch.ingest;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.disan.batch.CommandLineLogging;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.remote.RemotePartitioning;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * The Spring context an ingest runs in: Spring Batch on the data folder's embedded H2 job
 * repository, no web server. Jobs are launched explicitly by {@link IngestJobRunner}.
 *
 * <p>Boot's auto-configuration is named rather than discovered: an ingest needs a data source,
 * transactions and Spring Batch, and weighing the conditions of every other auto-configuration on
 * this class path (Elasticsearch and HTTP clients, security, caches, messaging...) cost each start
 * more than the ingest of a small submission. Remote partitioning, which needs Boot's RabbitMQ and
 * Spring Integration set-up, adds {@link EverythingOnTheClassPath}.
 */
@SpringBootConfiguration
@ComponentScan(excludeFilters = {
    @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
    @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    ConfigurationPropertiesAutoConfiguration.class,
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class,
    SqlInitializationAutoConfiguration.class,
    BatchAutoConfiguration.class})
public class IngestApplication {

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
        properties.putAll(more);
        Class<?>[] sources = more.containsKey(RemotePartitioning.ROLE_PROPERTY)
                ? new Class<?>[] {IngestApplication.class, EverythingOnTheClassPath.class}
                : new Class<?>[] {IngestApplication.class};
        return new SpringApplicationBuilder(sources)
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
