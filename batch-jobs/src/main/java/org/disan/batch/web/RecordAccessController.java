package org.disan.batch.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.disan.batch.records.RecordAccessChange;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The record page's access form: a signed-in archivist makes a record public, restricted or
 * embargoed until a day (a CSRF-protected POST; the security configuration lets only archivists
 * reach it), then comes back to the page.
 */
@Controller
class RecordAccessController {

    static final String FLASH = "accessChanged";

    private final VisibleRecords records;
    private final RecordAccessChange change;

    RecordAccessController(VisibleRecords records, ArchiveStore store, ArchiveIndex index) {
        this.records = records;
        this.change = new RecordAccessChange(store, index, Clock.systemUTC());
    }

    @PostMapping("/records/{id}/access")
    String changeAccess(@PathVariable String id, @RequestParam("level") String level,
            @RequestParam(name = "until", required = false) String until, RedirectAttributes flash)
            throws IOException {
        records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        change.change(id, access(level, until));
        flash.addFlashAttribute(FLASH, true);
        return "redirect:/records/" + id;
    }

    private static Access access(String level, String until) {
        try {
            AccessLevel chosen = AccessLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT));
            LocalDate day = chosen == AccessLevel.EMBARGOED ? LocalDate.parse(until == null ? "" : until.strip()) : null;
            return new Access(chosen, day);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "choose public, restricted, or embargoed with a day like 2030-01-31");
        }
    }
}
