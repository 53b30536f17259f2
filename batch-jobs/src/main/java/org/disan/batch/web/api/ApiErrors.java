package org.disan.batch.web.api;

import java.util.Map;
import org.disan.search.InvalidQueryException;
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
}
