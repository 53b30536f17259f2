package org.disan.batch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.maintenance.MaintenanceJobRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code disan reindex}: rebuilds the search index from the store into a new folder, then switches to it. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild the search index from the archive store alone.",
            "The new index is built beside the live one and replaces it only when complete;",
            "searches keep working on the old one meanwhile. An interrupted reindex resumes when run again."
        })
public class ReindexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private JobRepositoryOption jobRepository;

    @Override
    public Integer call() throws Exception {
        DataFolder dataFolder = StoredArchive.checked(data);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JobExecution execution = MaintenanceRun.run(dataFolder, jobRepository, MaintenanceJobRunner::reindex);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("disan: the reindex did not complete (status " + execution.getStatus() + "): "
                    + JobFailures.describe(execution));
            err.println("The live index was left as it was. Run the same command again to resume.");
            return DisanCommandLine.FAILURE;
        }
        long records = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("rebuildIndexStep"))
                .mapToLong(step -> step.getWriteCount()).sum();
        out.println("Reindexed " + records + " records into " + dataFolder.index());
        return DisanCommandLine.SUCCESS;
    }
}
