package org.disan.batch.ingest;

import java.nio.file.Path;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.indexing.IndexFaultTolerance;
import org.disan.ingest.StageClock;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The archive an ingest writes into: the data folder's store, index and report files. */
@Configuration(proxyBeanMethods = false)
@Import(IndexFaultTolerance.class)
class IngestInfrastructure {

    @Bean
    DataFolder dataFolder(@Value("${disan.data}") Path root) {
        return new DataFolder(root);
    }

    @Bean
    ArchiveStore archiveStore(DataFolder dataFolder) {
        return new ArchiveStore(dataFolder.store());
    }

    @Bean(destroyMethod = "close")
    ArchiveIndex archiveIndex(DataFolder dataFolder, IndexSelection selection) {
        return ArchiveIndexes.open(dataFolder, selection);
    }

    /** Time spent per stage by every ingest of this context, for benchmarks and reports. */
    @Bean
    StageClock ingestStageClock() {
        return new StageClock();
    }

    @Bean
    IngestReports ingestReports(DataFolder dataFolder) {
        return new IngestReports(dataFolder.reports());
    }
}
