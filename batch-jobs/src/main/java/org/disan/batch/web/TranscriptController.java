package org.disan.batch.web;

import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Transcript;
import org.disan.ingest.transcript.WebVttWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /records/{id}/transcripts/{n}.vtt}: a recording's transcript as WebVTT, whatever it was
 * submitted as, for the player's {@code <track>}. Who may see the record may read its transcripts.
 */
@RestController
class TranscriptController {

    private static final MediaType WEBVTT = new MediaType("text", "vtt", java.nio.charset.StandardCharsets.UTF_8);

    private final VisibleRecords records;

    TranscriptController(VisibleRecords records) {
        this.records = records;
    }

    @GetMapping("/records/{id}/transcripts/{number}.vtt")
    ResponseEntity<String> webVtt(@PathVariable String id, @PathVariable int number) {
        ArchiveRecord record = records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Transcript> transcripts = record.transcripts();
        if (number < 1 || number > transcripts.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CacheControl cache = record.access().isPublicOn(java.time.LocalDate.now()) ? CacheControl.noCache() : CacheControl.noStore();
        return ResponseEntity.ok().contentType(WEBVTT).cacheControl(cache)
                .body(WebVttWriter.write(transcripts.get(number - 1).cues()));
    }
}
