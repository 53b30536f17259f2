package org.disan.batch.web;

import java.time.LocalDate;
import org.disan.batch.web.cite.CitationFormat;
import org.disan.ingest.model.ArchiveRecord;
import org.springframework.context.i18n.LocaleContextHolder;
import org.disan.search.ArchiveIndex;
import org.disan.search.document.SearchableRecord;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One record's page: its description with linked values, media, technical and preservation
 * metadata, related records and citations. The search it was opened from rides along in the URL
 * ({@code ?q=...&page=2}), so "back to search" returns to that very page.
 */
@Controller
class RecordController {

    static final int RELATED_RECORDS = 5;

    private final VisibleRecords records;
    private final ArchiveIndex index;
    private final DisplayFormats formats;
    private final ValueLabels labels;

    RecordController(VisibleRecords records, ArchiveIndex index, DisplayFormats formats, ValueLabels labels) {
        this.records = records;
        this.index = index;
        this.formats = formats;
        this.labels = labels;
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model) {
        ArchiveRecord record = records.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String permalink = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/records/{id}").buildAndExpand(record.id()).toUriString();
        SearchParameters from = SearchParameters.from(params, SearchController.PAGE_SIZE);
        model.addAttribute("record", record);
        model.addAttribute("recordLang", labels.lang(SearchableRecord.language(record)));
        model.addAttribute("collection", SearchableRecord.collection(record));
        model.addAttribute("backLink", new SearchLinks(from, SearchController.PAGE_SIZE).self());
        model.addAttribute("dublinCore", DublinCoreRows.of(record.dublinCore(), formats, labels));
        model.addAttribute("technicalRows", TechnicalRows.of(record.technical(), labels, formats));
        model.addAttribute("media", RecordMedia.of(record));
        model.addAttribute("transcripts", TranscriptView.of(record.transcripts(), LocaleContextHolder.getLocale()));
        model.addAttribute("permalink", permalink);
        model.addAttribute("citation", Citation.of(record, permalink, LocalDate.now()));
        model.addAttribute("citationFormats", CitationFormat.values());
        model.addAttribute("related", index.related(record.id(), RELATED_RECORDS, Viewer.audience()).stream()
                .map(HitView::of).toList());
        return "record";
    }
}
