package org.disan.batch.web.cite;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disan.batch.web.SearchParameters;
import org.disan.batch.web.Viewer;
import org.disan.batch.web.VisibleRecords;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.SearchHit;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Records as references for Zotero, EndNote, BibTeX and citeproc: {@code /records/{id}/cite.ris}
 * (or {@code .bib}, {@code .json} for CSL-JSON) for one record, {@code /cite.ris?q=...} with a
 * search page's parameters for the records on that page. Only records the viewer may see.
 */
@RestController
public class CitationController {

    private final VisibleRecords records;
    private final ArchiveIndex index;
    private final MessageSource messages;

    CitationController(VisibleRecords records, ArchiveIndex index, MessageSource messages) {
        this.records = records;
        this.index = index;
        this.messages = messages;
    }

    @GetMapping("/records/{id}/cite.{extension}")
    ResponseEntity<String> record(@PathVariable String id, @PathVariable String extension, Locale locale) {
        CitationFormat format = format(extension);
        ArchiveRecord record = records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return answer(format, List.of(work(record, locale)), "disan-" + id.substring(0, 12));
    }

    @GetMapping("/cite.{extension}")
    ResponseEntity<String> resultPage(@PathVariable String extension, @RequestParam MultiValueMap<String, String> params,
            Locale locale) {
        CitationFormat format = format(extension);
        SearchParameters search = SearchParameters.from(params, SearchParameters.DEFAULT_SIZE);
        List<CitedWork> works = index.search(search.request(Viewer.audience())).hits().stream()
                .map(SearchHit::id)
                .map(records::find)
                .flatMap(Optional::stream)
                .map(record -> work(record, locale))
                .toList();
        return answer(format, works, "disan-search-page-" + search.page());
    }

    private CitedWork work(ArchiveRecord record, Locale locale) {
        String permalink = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/records/{id}").buildAndExpand(record.id()).toUriString();
        return CitedWork.of(record, permalink, messages.getMessage("record.archiveName", null, locale));
    }

    private static CitationFormat format(String extension) {
        return CitationFormat.byExtension(extension).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<String> answer(CitationFormat format, List<CitedWork> works, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension()).build().toString())
                .body(format.write(works));
    }
}
