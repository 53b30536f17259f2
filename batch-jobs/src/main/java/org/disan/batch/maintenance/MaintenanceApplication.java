package org.disan.batch.maintenance;

import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.IngestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of the jobs that work from the store alone ({@code reindex}, {@code audit}):
 * the same job repository as the ingest, so holding it keeps an ingest from running meanwhile.
 */
@SpringBootApplication(exclude = ThymeleafAutoConfiguration.class)
public class MaintenanceApplication {

    /** @param index the index a reindex rebuilds: the data folder's embedded one, or an Elasticsearch alias */
    public static ConfigurableApplicationContext start(DataFolder data, IndexSelection index,
            JobRepositoryLocation repository) {
        return new SpringApplicationBuilder(MaintenanceApplication.class)
                .web(WebApplicationType.NONE)
                .properties(IngestApplication.properties(data, repository))
                .initializers(context -> context.getBeanFactory().registerSingleton(IndexSelection.BEAN, index))
                .run();
    }
}
