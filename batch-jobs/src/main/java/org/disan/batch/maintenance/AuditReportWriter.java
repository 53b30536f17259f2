package org.disan.batch.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.disan.batch.data.DataFolder;
import org.disan.batch.maintenance.AuditFinding.Problem;
import org.disan.batch.report.JobReportFiles;
import org.disan.batch.report.ReportPage;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;

/** Writes every audit run's report: the counts and each original that changed, vanished or is unreadable. */
public class AuditReportWriter implements JobExecutionListener {

    static final String KIND = "audit";

    private final DataFolder dataFolder;

    public AuditReportWriter(DataFolder dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public void afterJob(JobExecution execution) {
        long instance = execution.getJobInstance().getInstanceId();
        StepExecution verify = JobRunFacts.step(execution, "verify");
        List<AuditFinding> findings = new AuditFindings(dataFolder.reports(), instance).read();
        long checked = verify == null ? 0 : verify.getReadCount();
        AuditReport report = new AuditReport(instance, execution.getId(), execution.getStatus().name(),
                dataFolder.store().toString(), JobRunFacts.started(execution), JobRunFacts.finished(execution),
                checked, checked - findings.size(),
                count(findings, Problem.CHANGED), count(findings, Problem.MISSING), count(findings, Problem.UNREADABLE),
                findings, JobRunFacts.failure(execution));
        try {
            new JobReportFiles(dataFolder.reports()).write(KIND, instance, report, page(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit report into " + dataFolder.reports(), e);
        }
    }

    static ReportPage page(AuditReport report) {
        return new ReportPage("Audit " + report.jobInstanceId(), "Audit of " + report.store())
                .row("Status", report.status())
                .row("Originals checked", report.checked())
                .row("Verified (SHA-256 matches)", report.verified())
                .row("Changed", report.changed())
                .row("Vanished", report.missing())
                .row("Unreadable", report.unreadable())
                .times(report.startedAt(), report.finishedAt())
                .list("Changed originals", paths(report, Problem.CHANGED))
                .list("Vanished originals", paths(report, Problem.MISSING))
                .list("Unreadable originals or records", paths(report, Problem.UNREADABLE))
                .list("Why the run did not complete", report.failure() == null ? List.of() : List.of(report.failure()));
    }

    private static List<String> paths(AuditReport report, Problem problem) {
        return report.findings().stream().filter(finding -> finding.problem() == problem)
                .map(AuditFinding::describe).toList();
    }

    private static long count(List<AuditFinding> findings, Problem problem) {
        return findings.stream().filter(finding -> finding.problem() == problem).count();
    }
}
