package org.disan.batch.web.iiif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disan.ingest.image.ImageRegionSource;
import org.disan.ingest.image.PdfPages;
import org.disan.ingest.model.ArchiveRecord;
import org.springframework.stereotype.Component;

/**
 * The canvases of a record's manifest: one for a picture, one per page of a PDF (each painted by
 * its deep-zoom image service), one with a duration for a recording. Other records have none.
 */
@Component
class Canvases {

    private final ImageSources sources;
    private final FieldLabels labels;

    Canvases(ImageSources sources, FieldLabels labels) {
        this.sources = sources;
        this.labels = labels;
    }

    /** Whether the record is a recording whose length is known, so its manifest has a canvas. */
    static boolean playable(ArchiveRecord record) {
        return isRecording(mimeType(record)) && positive(record.technical().properties().get("duration")).isPresent();
    }

    List<Map<String, Object>> of(ArchiveRecord record) throws IOException {
        String mimeType = mimeType(record);
        if (isRecording(mimeType)) {
            return timeBased(record, mimeType).map(List::of).orElse(List.of());
        }
        Optional<PdfPages> pdf = ImageSources.offersImages(record) ? sources.pdf(record) : Optional.empty();
        if (pdf.isPresent()) {
            List<Map<String, Object>> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.get().count(); page++) {
                PdfPages.PageSize size = pdf.get().size(page);
                Map<String, Object> canvas = image(record, page, IiifIdentifier.of(record.id(), page), size.width(), size.height());
                canvas.put("label", labels.label("iiif.page", page));
                pages.add(itemsLast(canvas));
            }
            return pages;
        }
        Optional<ImageRegionSource> picture = ImageSources.offersImages(record)
                ? sources.source(record, IiifIdentifier.of(record.id(), 0)) : Optional.empty();
        return picture.map(image -> List.of(image(record, 1, IiifIdentifier.of(record.id(), 0), image.width(), image.height())))
                .orElse(List.of());
    }

    private Map<String, Object> image(ArchiveRecord record, int number, IiifIdentifier identifier, int width, int height) {
        String service = IiifLinks.imageService(identifier);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", service + "/full/max/0/default.jpg");
        body.put("type", "Image");
        body.put("format", "image/jpeg");
        body.put("width", width);
        body.put("height", height);
        body.put("service", List.of(Map.of("id", service, "type", "ImageService3", "profile", ImageInfo.PROFILE)));
        Map<String, Object> canvas = canvas(record, number, body);
        canvas.put("width", width);
        canvas.put("height", height);
        return itemsLast(canvas);
    }

    private Optional<Map<String, Object>> timeBased(ArchiveRecord record, String mimeType) {
        Map<String, String> properties = record.technical().properties();
        Optional<Double> duration = positive(properties.get("duration"));
        if (duration.isEmpty()) {
            return Optional.empty();
        }
        boolean video = mimeType.startsWith("video/");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", IiifLinks.file(record.id(), "original"));
        body.put("type", video ? "Video" : "Sound");
        body.put("format", mimeType);
        body.put("duration", duration.get());
        Optional<Double> width = positive(properties.get("width"));
        Optional<Double> height = positive(properties.get("height"));
        Map<String, Object> canvas = canvas(record, 1, body);
        if (video && width.isPresent() && height.isPresent()) {
            body.put("width", width.get().intValue());
            body.put("height", height.get().intValue());
            canvas.put("width", width.get().intValue());
            canvas.put("height", height.get().intValue());
        }
        canvas.put("duration", duration.get());
        return Optional.of(itemsLast(canvas));
    }

    private static Map<String, Object> canvas(ArchiveRecord record, int number, Map<String, Object> body) {
        String canvasId = IiifLinks.of(IiifLinks.BASE + record.id() + "/canvas/" + number);
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("id", canvasId + "/page/painting");
        annotation.put("type", "Annotation");
        annotation.put("motivation", "painting");
        annotation.put("body", body);
        annotation.put("target", canvasId);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", canvasId + "/page");
        page.put("type", "AnnotationPage");
        page.put("items", List.of(annotation));
        Map<String, Object> canvas = new LinkedHashMap<>();
        canvas.put("id", canvasId);
        canvas.put("type", "Canvas");
        canvas.put("items", List.of(page));
        return canvas;
    }

    /** Items last, so a reader of the JSON sees the canvas's size and label before its content. */
    private static Map<String, Object> itemsLast(Map<String, Object> canvas) {
        Object items = canvas.remove("items");
        canvas.put("items", items);
        return canvas;
    }

    private static String mimeType(ArchiveRecord record) {
        return record.technical() == null || record.technical().mimeType() == null ? "" : record.technical().mimeType();
    }

    private static boolean isRecording(String mimeType) {
        return mimeType.startsWith("audio/") || mimeType.startsWith("video/");
    }

    private static Optional<Double> positive(String number) {
        try {
            double value = number == null ? 0 : Double.parseDouble(number);
            return value > 0 && Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
