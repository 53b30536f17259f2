package org.disan.batch.web;

import java.nio.file.Path;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The archive the web pages read: one data folder's index and store. */
@Configuration(proxyBeanMethods = false)
class WebArchiveConfiguration {

    @Bean
    DataFolder dataFolder(@Value("${disan.data}") Path root) {
        return new DataFolder(root);
    }

    @Bean(destroyMethod = "close")
    ArchiveIndex archiveIndex(DataFolder dataFolder, IndexSelection selection) {
        return ArchiveIndexes.open(dataFolder, selection);
    }

    @Bean
    ArchiveStore archiveStore(DataFolder dataFolder) {
        return new ArchiveStore(dataFolder.store());
    }
}
