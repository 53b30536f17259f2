package org.disan.batch.web;

import org.disan.ingest.IngestSettings;
import org.disan.ingest.PreviewMaker;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one preview maker of the web archive: documents' first pages, waveforms and keyframes are
 * drawn when a page first asks for them, with the time limit an ingest gives a file.
 */
@Configuration(proxyBeanMethods = false)
class PreviewConfiguration {

    @Bean(destroyMethod = "close")
    PreviewMaker previewMaker(ArchiveStore archiveStore) {
        return new PreviewMaker(archiveStore, IngestSettings.defaults().perFileTimeout());
    }
}
