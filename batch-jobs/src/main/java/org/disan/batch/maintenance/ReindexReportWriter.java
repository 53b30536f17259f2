package org.disan.batch.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.report.JobReportFiles;
import org.disan.batch.report.ReportPage;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

/** Writes every reindex run's report, whether it switched to the new index or not. */
public class ReindexReportWriter implements JobExecutionListener {

    static final String KIND = "reindex";

    private final DataFolder dataFolder;
    private final IndexSelection selection;

    public ReindexReportWriter(DataFolder dataFolder, IndexSelection selection) {
        this.dataFolder = dataFolder;
        this.selection = selection;
    }

    @Override
    public void afterJob(JobExecution execution) {
        long instance = execution.getJobInstance().getInstanceId();
        StepExecution rebuild = JobRunFacts.step(execution, "rebuild");
        ExecutionContext context = execution.getExecutionContext();
        String newIndex = context.containsKey(ReindexJobConfiguration.NEW_INDEX)
                ? context.getString(ReindexJobConfiguration.NEW_INDEX)
                : execution.getJobParameters().getString(ReindexJobConfiguration.GENERATION);
        ReindexReport report = new ReindexReport(instance, execution.getId(), execution.getStatus().name(),
                selection.isEmbedded() ? "the embedded index of " + dataFolder.root() : selection.describe(dataFolder),
                JobRunFacts.started(execution), JobRunFacts.finished(execution),
                rebuild == null ? 0 : rebuild.getReadCount(),
                rebuild == null ? 0 : rebuild.getWriteCount(),
                rebuild == null ? 0 : rebuild.getSkipCount(),
                new ReindexFailures(dataFolder.reports(), instance).read(),
                context.containsKey(ReindexJobConfiguration.OLD_INDEX)
                        ? context.getString(ReindexJobConfiguration.OLD_INDEX) : null,
                newIndex,
                execution.getStatus() == BatchStatus.COMPLETED,
                JobRunFacts.failure(execution));
        try {
            new JobReportFiles(dataFolder.reports()).write(KIND, instance, report, page(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reindex report into " + dataFolder.reports(), e);
        }
    }

    static ReportPage page(ReindexReport report) {
        return new ReportPage("Reindex " + report.jobInstanceId(), "Reindex of " + report.target())
                .row("Status", report.status())
                .row("Records read from the store", report.recordsRead())
                .row("Indexed", report.indexed())
                .row("Failed", report.failed())
                .row("Index before", report.oldIndex() == null ? "-" : report.oldIndex())
                .row("New index", report.newIndex())
                .row("Searches use the new index", report.switched() ? "yes" : "no, the index before stays live")
                .times(report.startedAt(), report.finishedAt())
                .list("Records not indexed", report.failures().stream()
                        .map(failure -> failure.id() + ": " + failure.reason()).toList())
                .list("Why the run did not complete", report.failure() == null ? List.of()
                        : List.of(report.failure()));
    }
}
