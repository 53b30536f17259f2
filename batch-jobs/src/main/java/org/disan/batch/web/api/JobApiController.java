package org.disan.batch.web.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.disan.batch.ingest.IngestReports;
import org.disan.batch.web.Viewer;
import org.disan.batch.web.jobs.JobSummaries;
import org.disan.batch.web.jobs.JobSummary;
import org.disan.batch.web.jobs.JobsController;
import org.disan.search.SearchRequest.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/jobs/{id}} for an API token or a signed-in archivist: the run's status, times
 * and progress, and once an ingest has written it, its report (and the page showing it). A token
 * sees only the jobs of the submissions it sent; any other job is answered as if it did not
 * exist. No answer names a folder of the server.
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
    ResponseEntity<Map<String, Object>> job(@PathVariable String id, Authentication viewer) throws IOException {
        Optional<JobSummary> job = JobsController.parseId(id)
                .filter(jobId -> Viewer.audience() == Audience.STAFF
                        || jobs.submitter(jobId).filter(viewer.getName()::equals).isPresent())
                .flatMap(jobs::find);
        if (job.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "there is no job " + id));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", job.get().withExitDescription(ServerPaths.hide(job.get().exitDescription())));
        if (job.get().reportAvailable()) {
            body.put("report", JobReportAnswer.of(reports.read(job.get().instanceId()), job.get().submission()));
            body.put("reportPage", JobsController.reportPath(job.get()));
        }
        return ResponseEntity.ok(body);
    }
}
