package org.disan.batch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.maintenance.AuditFinding;
import org.disan.batch.maintenance.AuditFindings;
import org.disan.batch.maintenance.MaintenanceJobRunner;
import org.disan.batch.report.JobReportFiles;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code disan audit}: re-verifies the SHA-256 of every stored original. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Hash every stored original again and report any that changed, vanished or cannot be read.",
            "Exit code 0: all intact; 1: some were not (listed, and kept in the reports folder)."
        })
public class AuditCommand implements Callable<Integer> {

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
        JobExecution execution = MaintenanceRun.run(dataFolder, IndexSelection.embedded(), jobRepository,
                MaintenanceJobRunner::audit);
        JobReportFiles reports = new JobReportFiles(dataFolder.reports());
        long instance = execution.getJobInstance().getInstanceId();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("disan: the audit did not complete (status " + execution.getStatus() + "): "
                    + JobFailures.describe(execution));
            err.println("Report: " + reports.page("audit", instance));
            return DisanCommandLine.FAILURE;
        }
        long checked = execution.getStepExecutions().stream().mapToLong(step -> step.getReadCount()).sum();
        AuditFindings findings = new AuditFindings(dataFolder.reports(), instance);
        List<AuditFinding> problems = findings.read();
        out.println("Audited " + checked + " stored originals: " + (checked - problems.size()) + " intact, "
                + problems.size() + " not.");
        problems.forEach(problem -> out.println("  " + problem.describe()));
        out.println("Report: " + reports.page("audit", instance) + " (and .json)");
        if (!problems.isEmpty()) {
            out.println("Findings: " + findings.file());
            return DisanCommandLine.FAILURE;
        }
        return DisanCommandLine.SUCCESS;
    }
}
