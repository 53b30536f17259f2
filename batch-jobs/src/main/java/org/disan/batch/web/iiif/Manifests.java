package org.disan.batch.web.iiif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disan.batch.web.DisplayFormats;
import org.disan.batch.web.DublinCoreRows;
import org.disan.batch.web.ValueLabels;
import org.disan.ingest.model.PreviewType;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.springframework.stereotype.Component;

/**
 * A record as a IIIF Presentation 3.0 manifest: its Dublin Core as label, summary and metadata,
 * its rights, a link back to its page and its JSON, a thumbnail, and its canvases.
 */
@Component
class Manifests {

    static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";

    private final Canvases canvases;
    private final FieldLabels labels;
    private final DisplayFormats formats;
    private final ValueLabels valueLabels;

    Manifests(Canvases canvases, FieldLabels labels, DisplayFormats formats, ValueLabels valueLabels) {
        this.canvases = canvases;
        this.labels = labels;
        this.formats = formats;
        this.valueLabels = valueLabels;
    }

    /** The manifest, or empty when the record has nothing a canvas can show. */
    Optional<Map<String, Object>> of(ArchiveRecord record) throws IOException {
        List<Map<String, Object>> items = canvases.of(record);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        DublinCore dc = record.dublinCore();
        String language = LanguageMaps.valuesLanguage(record);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("@context", CONTEXT);
        manifest.put("id", IiifLinks.manifest(record.id()));
        manifest.put("type", "Manifest");
        manifest.put("label", LanguageMaps.of(language, record.displayTitle()));
        if (dc.description() != null) {
            manifest.put("summary", LanguageMaps.of(language, dc.description()));
        }
        manifest.put("metadata", metadata(dc, language));
        RightsUri.of(dc.rights()).ifPresent(uri -> manifest.put("rights", uri));
        manifest.put("requiredStatement", requiredStatement(dc, language));
        manifest.put("homepage", List.of(link(IiifLinks.record(record.id()), "Text", "text/html",
                labels.label("iiif.recordPage"))));
        thumbnail(record).ifPresent(thumbnail -> manifest.put("thumbnail", List.of(thumbnail)));
        manifest.put("seeAlso", List.of(link(IiifLinks.of("/api/records/" + record.id()), "Dataset",
                "application/json", labels.label("iiif.recordJson"))));
        manifest.put("items", items);
        return Optional.of(manifest);
    }

    /** A small picture of the record, when it has or will have one. */
    static Optional<Map<String, Object>> thumbnail(ArchiveRecord record) {
        if (!PreviewType.offers(record, DerivativeKind.THUMBNAIL_SMALL)) {
            return Optional.empty();
        }
        Map<String, Object> thumbnail = new LinkedHashMap<>();
        thumbnail.put("id", IiifLinks.file(record.id(), "thumbnail-small"));
        thumbnail.put("type", "Image");
        thumbnail.put("format", "image/jpeg");
        return Optional.of(thumbnail);
    }

    private List<Map<String, Object>> metadata(DublinCore dc, String language) {
        List<Map<String, Object>> metadata = new ArrayList<>();
        for (DublinCoreRows.Row row : DublinCoreRows.of(dc, formats, valueLabels).rows()) {
            List<String> values = row.values().stream().map(DublinCoreRows.Value::text).toList();
            metadata.add(pair(labels.label(row.labelKey()), LanguageMaps.of(language, values)));
        }
        return metadata;
    }

    /** The rights as written when there are any, else the archive's name: what must be shown with the item. */
    private Map<String, Object> requiredStatement(DublinCore dc, String language) {
        return dc.rights() != null
                ? pair(labels.label("dc.rights"), LanguageMaps.of(language, dc.rights()))
                : pair(labels.label("iiif.attribution"), labels.label("record.archiveName"));
    }

    private static Map<String, Object> pair(Object label, Object value) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("label", label);
        pair.put("value", value);
        return pair;
    }

    private static Map<String, Object> link(String id, String type, String format, Map<String, List<String>> label) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", id);
        link.put("type", type);
        link.put("label", label);
        link.put("format", format);
        return link;
    }
}
