package org.disan.batch.web.api;

import org.disan.batch.web.VisibleRecords;
import org.disan.ingest.model.ArchiveRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/records/{id}}: a record the caller may see, whole; otherwise 404. */
@RestController
class RecordApiController {

    private final VisibleRecords records;

    RecordApiController(VisibleRecords records) {
        this.records = records;
    }

    @GetMapping("/api/records/{id}")
    ResponseEntity<ArchiveRecord> record(@PathVariable String id) {
        return ResponseEntity.of(records.find(id));
    }
}
