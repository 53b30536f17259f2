package org.disan.batch.maintenance;

import org.disan.batch.data.DataFolder;
import org.disan.batch.data.DataFolderConfiguration;
import org.disan.batch.data.IndexSelection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The data folder and store the maintenance jobs read, and how they meet index failures. */
@Configuration(proxyBeanMethods = false)
@Import(DataFolderConfiguration.class)
class MaintenanceInfrastructure {

    @Bean
    ReindexReportWriter reindexReportWriter(DataFolder dataFolder, IndexSelection selection) {
        return new ReindexReportWriter(dataFolder, selection);
    }
}
