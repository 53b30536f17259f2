package org.disan.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.Fixity;
import org.disan.ingest.model.Provenance;
import org.disan.ingest.model.TechnicalMetadata;
import org.disan.ingest.submission.SubmittedFile;

/** Puts a record together from what the stages found; the curator's sheet wins over the file. */
final class RecordBuilder {

    private final LanguageGuesser languages;

    RecordBuilder(LanguageGuesser languages) {
        this.languages = languages;
    }

    ArchiveRecord build(SubmittedFile file, Identification id, Extraction extraction,
            List<Derivative> derivatives, String submission, Long jobId, List<String> notes) {
        String textLanguage = languages.guess(extraction.text()).orElse(null);
        DublinCore embedded = DublinCoreMapper.map(extraction.metadata(), id);
        DublinCore dublinCore = file.metadata().orElse(embedded);
        if (dublinCore.language() == null && textLanguage != null) {
            dublinCore = dublinCore.orElse(languageOnly(textLanguage));
        }
        Map<String, String> properties = TechnicalProperties.of(extraction.metadata(), id);
        if (!properties.containsKey("duration")) {
            HeaderDuration.of(file.path(), id).ifPresent(seconds ->
                    properties.put("duration", TechnicalProperties.seconds(Double.toString(seconds))));
        }
        TechnicalMetadata technical = new TechnicalMetadata(id.mimeType(), id.declaredMimeType(),
                id.sizeBytes(), properties);
        Instant now = Instant.now();
        Provenance provenance = new Provenance(submission, file.relativePath(), now, jobId);
        return new ArchiveRecord(id.sha256(), dublinCore, technical, Fixity.sha256(id.sha256()),
                extraction.text(), textLanguage, extraction.truncatedAt(), file.access(), derivatives,
                provenance, notes, file.collection(), file.extraFields(), now, List.of());
    }

    private static DublinCore languageOnly(String language) {
        return new DublinCore(null, null, null, null, null, null, null, null, null, null, null,
                language, null, null, null);
    }
}
