package org.disan.batch.web.api;

import org.disan.batch.web.VisibleRecords;
import org.disan.batch.web.iiif.IiifRecordLinks;
import org.disan.ingest.model.ArchiveRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/records/{id}}: a record the caller may see, whole, with a {@code Link} to its IIIF
 * manifest when it has one; otherwise 404.
 */
@RestController
class RecordApiController {

    private final VisibleRecords records;
    private final IiifRecordLinks iiifLinks;

    RecordApiController(VisibleRecords records, IiifRecordLinks iiifLinks) {
        this.records = records;
        this.iiifLinks = iiifLinks;
    }

    @GetMapping("/api/records/{id}")
    ResponseEntity<ArchiveRecord> record(@PathVariable String id) {
        return records.find(id)
                .map(record -> {
                    String manifest = iiifLinks.manifest(record);
                    // The IIIF manifest, for clients that open records in a IIIF viewer.
                    return manifest == null ? ResponseEntity.ok().body(record) : ResponseEntity.ok()
                            .header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentContextPath()
                                    .path(manifest).toUriString() + ">; rel=\"alternate\"; type=\"application/ld+json\"")
                            .body(record);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
