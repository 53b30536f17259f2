package org.disan.batch.cli;

import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.maintenance.MaintenanceApplication;
import org.disan.batch.maintenance.MaintenanceJobRunner;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs one maintenance job (reindex, audit) on a data folder while holding the folder's lock. */
final class MaintenanceRun {

    /** The job to launch once the maintenance context is up. */
    @FunctionalInterface
    interface Launch {
        JobExecution on(MaintenanceJobRunner runner) throws Exception;
    }

    private MaintenanceRun() {}

    static JobExecution run(DataFolder dataFolder, IndexSelection index, JobRepositoryOption jobRepository,
            Launch launch) throws Exception {
        JobRepositoryLocation repository = jobRepository.location(dataFolder);
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder);
                ConfigurableApplicationContext context = DataFolderInUse.translate(dataFolder,
                        () -> MaintenanceApplication.start(dataFolder, index, repository))) {
            return launch.on(context.getBean(MaintenanceJobRunner.class));
        }
    }
}
