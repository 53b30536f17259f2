package org.disan.batch.web;

import java.time.LocalDate;
import org.disan.ingest.model.ArchiveRecord;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** One record's page: its description, media, technical and preservation metadata, and citation. */
@Controller
class RecordController {

    private final VisibleRecords records;

    RecordController(VisibleRecords records) {
        this.records = records;
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable String id, Model model) {
        ArchiveRecord record = records.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String permalink = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/records/{id}").buildAndExpand(record.id()).toUriString();
        model.addAttribute("record", record);
        model.addAttribute("dublinCore", DublinCoreRows.of(record.dublinCore()));
        model.addAttribute("media", RecordMedia.of(record));
        model.addAttribute("transcripts", TranscriptView.of(record.transcripts(), LocaleContextHolder.getLocale()));
        model.addAttribute("permalink", permalink);
        model.addAttribute("citation", Citation.of(record, permalink, LocalDate.now()));
        return "record";
    }
}
