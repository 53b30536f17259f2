package org.disan.batch.maintenance;

import java.nio.file.Path;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.indexing.IndexFaultTolerance;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The data folder and store the maintenance jobs read, and how they meet index failures. */
@Configuration(proxyBeanMethods = false)
@Import(IndexFaultTolerance.class)
class MaintenanceInfrastructure {

    @Bean
    DataFolder dataFolder(@Value("${disan.data}") Path root) {
        return new DataFolder(root);
    }

    @Bean
    ArchiveStore archiveStore(DataFolder dataFolder) {
        return new ArchiveStore(dataFolder.store());
    }

    @Bean
    ReindexReportWriter reindexReportWriter(DataFolder dataFolder, IndexSelection selection) {
        return new ReindexReportWriter(dataFolder, selection);
    }
}
