package org.disan.batch.web;

import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One record's page: Dublin Core, technical metadata, fixity and the larger thumbnail. */
@Controller
class RecordController {

    private final PublicRecords records;

    RecordController(PublicRecords records) {
        this.records = records;
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable String id, Model model) {
        ArchiveRecord record = records.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("record", record);
        model.addAttribute("dublinCore", DublinCoreRows.of(record.dublinCore()));
        model.addAttribute("hasLargeThumbnail", record.derivative(DerivativeKind.THUMBNAIL_LARGE).isPresent());
        return "record";
    }
}
