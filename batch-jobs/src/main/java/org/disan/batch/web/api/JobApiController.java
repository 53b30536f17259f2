package org.disan.batch.web.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.disan.batch.ingest.IngestReports;
import org.disan.batch.web.jobs.JobSummaries;
import org.disan.batch.web.jobs.JobSummary;
import org.disan.batch.web.jobs.JobsController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/jobs/{id}} for an API token or a signed-in archivist: the run's status, times
 * and progress, and once an ingest has written it, its report (and the page showing it).
 */
@RestController
class JobApiController {

    static final String PATH = "/api/jobs/";

    private final JobSummaries jobs;
    private final IngestReports reports;

    JobApiController(JobSummaries jobs, IngestReports reports) {
        this.jobs = jobs;
        this.reports = reports;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<Map<String, Object>> job(@PathVariable String id) throws IOException {
        Optional<JobSummary> job = JobsController.parseId(id).flatMap(jobs::find);
        if (job.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "there is no job " + id));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", job.get());
        if (job.get().reportAvailable()) {
            body.put("report", reports.read(job.get().instanceId()));
            body.put("reportPage", JobsController.reportPath(job.get()));
        }
        return ResponseEntity.ok(body);
    }
}
