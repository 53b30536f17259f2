package org.disan.batch.ingest;

import java.time.Clock;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.DataFolderConfiguration;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.StageClock;
import org.disan.search.ArchiveIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The archive an ingest writes into: the data folder's store, index and report files. */
@Configuration(proxyBeanMethods = false)
@Import(DataFolderConfiguration.class)
class IngestInfrastructure {

    @Bean(destroyMethod = "close")
    ArchiveIndex archiveIndex(DataFolder dataFolder, IndexSelection selection, Clock embargoClock) {
        return ArchiveIndexes.open(dataFolder, selection, embargoClock);
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
