package org.disan.batch.data;

import java.nio.file.Path;
import java.time.Clock;
import org.disan.batch.indexing.IndexFaultTolerance;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What every job reads and writes: the data folder named by {@code disan.data}, its store, and
 * how the jobs meet index failures.
 */
@Configuration(proxyBeanMethods = false)
@Import(IndexFaultTolerance.class)
@EnableConfigurationProperties(EmbargoSettings.class)
public class DataFolderConfiguration {

    @Bean
    DataFolder dataFolder(@Value("${disan.data}") Path root) {
        return new DataFolder(root);
    }

    /** The clock embargoes are judged by, in {@code disan.embargo.time-zone}. */
    @Bean
    Clock embargoClock(EmbargoSettings settings) {
        return settings.clock();
    }

    @Bean
    ArchiveStore archiveStore(DataFolder dataFolder) {
        return new ArchiveStore(dataFolder.store());
    }
}
