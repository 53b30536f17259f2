package org.disan.batch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.maintenance.MaintenanceJobRunner;
import org.disan.batch.maintenance.ReindexReport;
import org.disan.batch.report.JobReportFiles;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code disan reindex}: rebuilds the search index from the store into a new index, then switches to it. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild the search index from the archive store alone.",
            "The new index is built beside the live one and replaces it only when it holds every stored record;",
            "searches keep working on the old one meanwhile. An interrupted reindex resumes when run again.",
            "With --es-url (or $DISAN_ES_URL) the Elasticsearch index behind the archive's alias is rebuilt,",
            "the alias is switched in one atomic step and the index before is deleted."
        })
public class ReindexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private IndexOptions index;

    @Mixin
    private JobRepositoryOption jobRepository;

    @Override
    public Integer call() throws Exception {
        IndexSelection selection = index.selection();
        DataFolder dataFolder = StoredArchive.checked(data);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JobExecution execution = MaintenanceRun.run(dataFolder, selection, jobRepository,
                runner -> runner.reindex(selection));
        long instance = execution.getJobInstance().getInstanceId();
        JobReportFiles reports = new JobReportFiles(dataFolder.reports());
        ReindexReport report = JobReportFiles.JSON.readValue(reports.json("reindex", instance).toFile(), ReindexReport.class);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("disan: the reindex did not complete (status " + execution.getStatus() + "): "
                    + JobFailures.describe(execution));
            report.failures().forEach(failure -> err.println("  not indexed: " + failure.id() + ": " + failure.reason()));
            err.println("The live index was left as it was. Run the same command again to resume.");
            err.println("Report: " + reports.page("reindex", instance));
            return DisanCommandLine.FAILURE;
        }
        out.println("Reindexed " + report.indexed() + " records into " + describeNew(selection, dataFolder, report));
        out.println("  index before: " + (report.oldIndex() == null || report.oldIndex().isEmpty() ? "-" : report.oldIndex()));
        out.println("Report: " + reports.page("reindex", instance) + " (and .json)");
        return DisanCommandLine.SUCCESS;
    }

    private static String describeNew(IndexSelection selection, DataFolder dataFolder, ReindexReport report) {
        return selection.isEmbedded()
                ? dataFolder.index().toString()
                : report.newIndex() + ", now behind " + selection.describe(dataFolder);
    }
}
