package org.disan.batch.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.disan.batch.web.security.ApiTokens;
import org.disan.batch.web.submissions.AcceptedSubmission;
import org.disan.batch.web.submissions.SubmissionIntake;
import org.disan.ingest.model.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/submissions?name=...}: a zip or zipped BagIt bag as the raw request body
 * ({@code Content-Type: application/zip}). 202 with the ingest job's id and its
 * {@code Location}; 400, 408, 413 or 415 with the reason when the upload is not taken, 429 with
 * {@code Retry-After} while another submission is being taken in. {@code ?access=} ({@code public},
 * {@code restricted}, {@code embargoed:YYYY-MM-DD}) is the access of files the sheet gives none
 * for; restricted unless said otherwise.
 */
@RestController
class SubmissionApiController {

    private final SubmissionIntake intake;
    private final ApiTokens tokens;

    SubmissionApiController(SubmissionIntake intake, ApiTokens tokens) {
        this.intake = intake;
        this.tokens = tokens;
    }

    @PostMapping("/api/submissions")
    ResponseEntity<Map<String, Object>> submit(HttpServletRequest request,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "access", required = false) String access, Authentication submitter)
            throws Exception {
        if (!tokens.configured()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error",
                    "submissions are switched off on this archive: no API token is configured "
                            + "(disan.api.tokens or DISAN_API_TOKEN)"));
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("error",
                    "send the zip itself as the request body (Content-Type: application/zip), not as a form"));
        }
        Access defaultAccess;
        try {
            defaultAccess = access == null || access.isBlank() ? null : Access.parse(access);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "?access=: " + e.getMessage()));
        }
        AcceptedSubmission accepted = intake.accept(request.getInputStream(), request.getContentLengthLong(), name,
                submitter.getName(), defaultAccess);
        String location = JobApiController.PATH + accepted.jobExecutionId();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobId", accepted.jobExecutionId());
        body.put("status", accepted.status());
        body.put("submission", accepted.id());
        body.put("file", accepted.fileName());
        body.put("location", location);
        return ResponseEntity.accepted().location(URI.create(location)).body(body);
    }
}
