package org.disan.batch.web.jobs;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disan.batch.ingest.IngestJobConfiguration;
import org.disan.batch.ingest.IngestReport;
import org.disan.batch.ingest.IngestReports;
import org.disan.batch.ingest.OutcomeLine;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The job pages for signed-in archivists: {@code /jobs} lists the runs of every job, newest
 * first; {@code /jobs/{id}} shows one with its files' outcomes; {@code /jobs/{id}/report} is
 * the ingest's own report page. Files are found from the job's number alone, never from a path
 * in the URL.
 */
@Controller
public class JobsController {

    static final int LISTED_JOBS = 100;
    /** Outcomes listed on a job's page; the report file keeps them all. */
    static final int LISTED_OUTCOMES = 500;
    /** What an archivist must act on comes first: failed files, then files with warnings, then the rest. */
    static final Comparator<OutcomeLine> FAILURES_FIRST = Comparator.comparingInt(
            (OutcomeLine line) -> "FAILED".equals(line.status()) ? 0 : line.warnings().isEmpty() ? 2 : 1);

    private final JobSummaries jobs;
    private final IngestReports reports;

    public JobsController(JobSummaries jobs, IngestReports reports) {
        this.jobs = jobs;
        this.reports = reports;
    }

    /** A job id from a URL: digits only, else none. */
    public static Optional<Long> parseId(String id) {
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    public static String reportPath(JobSummary job) {
        return "/jobs/" + job.id() + "/report";
    }

    @GetMapping("/jobs")
    String list(Model model) {
        model.addAttribute("jobs", jobs.recent(LISTED_JOBS));
        return "jobs";
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        JobSummary job = existing(id);
        List<OutcomeLine> outcomes = IngestJobConfiguration.JOB_NAME.equals(job.name())
                ? reports.outcomeLog(job.instanceId()).read() : List.of();
        model.addAttribute("job", job);
        model.addAttribute("outcomes", outcomes.stream().sorted(FAILURES_FIRST).limit(LISTED_OUTCOMES).toList());
        model.addAttribute("outcomesLeftOut", Math.max(0, outcomes.size() - LISTED_OUTCOMES));
        model.addAttribute("reportPath", job.reportAvailable() ? reportPath(job) : null);
        return "job";
    }

    /** The ingest's report, drawn from its JSON summary in the interface's language. */
    @GetMapping("/jobs/{id}/report")
    String report(@PathVariable String id, Model model) {
        JobSummary job = existing(id);
        if (!job.reportAvailable() || !IngestJobConfiguration.JOB_NAME.equals(job.name())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        IngestReport report;
        try {
            report = reports.read(job.instanceId());
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no readable report", e);
        }
        model.addAttribute("job", job);
        model.addAttribute("report", report);
        model.addAttribute("duplicates", reports.outcomeLog(job.instanceId()).read().stream()
                .filter(line -> "DUPLICATE".equals(line.status())).toList());
        return "job-report";
    }

    private JobSummary existing(String id) {
        return parseId(id).flatMap(jobs::find).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
