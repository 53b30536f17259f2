package org.disan.batch.web.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disan.batch.ingest.IngestJobConfiguration;
import org.disan.batch.ingest.IngestReports;
import org.disan.batch.ingest.OutcomeLine;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    /** The report is the submission's text: it may show, but never run or fetch anything. */
    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

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
        model.addAttribute("outcomes", outcomes.stream().limit(LISTED_OUTCOMES).toList());
        model.addAttribute("outcomesLeftOut", Math.max(0, outcomes.size() - LISTED_OUTCOMES));
        model.addAttribute("reportPath", job.reportAvailable() ? reportPath(job) : null);
        return "job";
    }

    @GetMapping("/jobs/{id}/report")
    ResponseEntity<Resource> report(@PathVariable String id) {
        Path page = jobs.reportPage(existing(id)).filter(Files::isRegularFile)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", REPORT_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(page));
    }

    private JobSummary existing(String id) {
        return parseId(id).flatMap(jobs::find).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
