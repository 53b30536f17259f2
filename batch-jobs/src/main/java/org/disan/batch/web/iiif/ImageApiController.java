package org.disan.batch.web.iiif;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.disan.batch.web.VisibleRecords;
import org.disan.ingest.image.ImageRegionSource;
import org.disan.ingest.model.ArchiveRecord;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * IIIF Image API 3.0, level 2: {@code /iiif/3/{identifier}/info.json} and
 * {@code /iiif/3/{identifier}/{region}/{size}/{rotation}/{quality}.{format}}. A record the caller
 * may not see answers 404 on every URL, exactly as its page does.
 */
@RestController
class ImageApiController {

    static final String JSON_LD = "application/ld+json;profile=\"" + ImageInfo.CONTEXT + "\"";

    private final VisibleRecords records;
    private final ImageSources sources;
    private final ImageRenderer renderer;

    ImageApiController(VisibleRecords records, ImageSources sources, ImageRenderer renderer) {
        this.records = records;
        this.sources = sources;
        this.renderer = renderer;
    }

    @GetMapping("/iiif/3/{identifier}")
    ResponseEntity<Void> base(@PathVariable String identifier) throws IOException {
        VisibleImage image = find(identifier);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(IiifLinks.imageService(image.identifier()) + "/info.json"))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .build();
    }

    @GetMapping("/iiif/3/{identifier}/info.json")
    ResponseEntity<Map<String, Object>> info(@PathVariable String identifier,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        VisibleImage image = find(identifier);
        boolean linkedData = accept != null && accept.contains("application/ld+json");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(linkedData ? JSON_LD : MediaType.APPLICATION_JSON_VALUE))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.LINK, "<http://iiif.io/api/image/3/" + ImageInfo.PROFILE + ".json>;rel=\"profile\"")
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(ImageInfo.of(IiifLinks.imageService(image.identifier()), image.source().width(), image.source().height()));
    }

    @GetMapping("/iiif/3/{identifier}/{region}/{size}/{rotation}/{file}")
    ResponseEntity<Resource> image(@PathVariable String identifier, @PathVariable String region,
            @PathVariable String size, @PathVariable String rotation, @PathVariable String file) throws IOException {
        VisibleImage image = find(identifier);
        ImageRequest request = ImageRequest.parse(region, size, rotation, file, image.source().width(), image.source().height());
        Resource answer = renderer.render(image.source(), sources.cacheFolder(image.record()), request);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(request.format().mediaType()))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .body(answer);
    }

    @ExceptionHandler(IiifException.class)
    ResponseEntity<String> refused(IiifException refused) {
        return ResponseEntity.status(refused.status())
                .contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(refused.getMessage() + "\n");
    }

    private VisibleImage find(String text) throws IOException {
        IiifIdentifier identifier = IiifIdentifier.parse(text).orElseThrow(ImageApiController::notFound);
        ArchiveRecord record = records.find(identifier.recordId()).orElseThrow(ImageApiController::notFound);
        ImageRegionSource source = sources.source(record, identifier).orElseThrow(ImageApiController::notFound);
        return new VisibleImage(record, identifier, source);
    }

    private static IiifException notFound() {
        return new IiifException(HttpStatus.NOT_FOUND, "no such image");
    }

    private record VisibleImage(ArchiveRecord record, IiifIdentifier identifier, ImageRegionSource source) {}
}
