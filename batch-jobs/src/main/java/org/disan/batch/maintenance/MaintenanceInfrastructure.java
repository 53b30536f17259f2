package org.disan.batch.maintenance;

import java.nio.file.Path;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data folder and store the maintenance jobs read. */
@Configuration(proxyBeanMethods = false)
class MaintenanceInfrastructure {

    @Bean
    DataFolder dataFolder(@Value("${disan.data}") Path root) {
        return new DataFolder(root);
    }

    @Bean
    ArchiveStore archiveStore(DataFolder dataFolder) {
        return new ArchiveStore(dataFolder.store());
    }
}
