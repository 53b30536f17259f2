package org.disan.batch.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disan.batch.web.submissions.UploadRefusedException;
import org.disan.search.InvalidQueryException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the JSON API as JSON: {@code {"error": "..."}} with a fitting status. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<Map<String, String>> invalidQuery(InvalidQueryException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    /** A refused upload: the reason, and every problem found when there were several, without server paths. */
    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<Map<String, Object>> uploadRefused(UploadRefusedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", ServerPaths.hide(e.getMessage()));
        if (!e.problems().isEmpty()) {
            body.put("problems", ServerPaths.hide(e.problems()));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        e.retryAfter().ifPresent(wait -> answer.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        return answer.body(body);
    }
}
