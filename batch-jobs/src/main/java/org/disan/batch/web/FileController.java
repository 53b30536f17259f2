package org.disan.batch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a visible record's original and derived files. The URL names a record id and a file by
 * one of a few fixed names; the file's path always comes from the record itself, never from the
 * URL. A preview the record's type calls for (a document's first page, a waveform, a keyframe)
 * is made on its first request and kept. Byte ranges are answered with 206, so players can seek.
 * Only types a browser cannot run are shown inline ({@link ServedType}); files of records that are
 * not public today are never kept by caches. The sandboxing policy on every answer is set with
 * the other security headers.
 */
@RestController
class FileController {

    static final String ORIGINAL = "original";
    private static final Map<String, DerivativeKind> DERIVATIVES = Map.of(
            "thumbnail-small", DerivativeKind.THUMBNAIL_SMALL,
            "thumbnail-large", DerivativeKind.THUMBNAIL_LARGE,
            "page-image", DerivativeKind.PAGE_IMAGE,
            "waveform", DerivativeKind.WAVEFORM,
            "keyframe", DerivativeKind.KEYFRAME);

    private final VisibleRecords records;
    private final ArchiveStore store;
    private final FirstViewPreviews previews;
    private final EmbargoCalendar calendar;

    FileController(VisibleRecords records, ArchiveStore store, FirstViewPreviews previews, EmbargoCalendar calendar) {
        this.records = records;
        this.store = store;
        this.previews = previews;
        this.calendar = calendar;
    }

    @GetMapping("/files/{id}/{name}")
    ResponseEntity<Resource> file(@PathVariable String id, @PathVariable String name,
            @RequestParam(name = "download", required = false) String download) throws IOException {
        Optional<ArchiveRecord> record = records.find(id);
        if (record.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ORIGINAL.equals(name)
                ? original(record.get(), download != null)
                : derivative(record.get(), DERIVATIVES.get(name));
    }

    private ResponseEntity<Resource> derivative(ArchiveRecord record, DerivativeKind kind) throws IOException {
        if (kind == null) {
            return ResponseEntity.notFound().build();
        }
        ArchiveRecord withFile = record.derivative(kind).isPresent() ? record : previews.withPreview(record);
        return withFile.derivative(kind)
                .flatMap(derivative -> storedFile(derivative.path())
                        .map(file -> send(file, ServedType.of(derivative.mimeType()), false,
                                cacheControl(record, Duration.ofDays(1)))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<Resource> original(ArchiveRecord record, boolean download) {
        Path file = store.originalPath(record);
        if (!Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        String mimeType = record.technical() != null ? record.technical().mimeType() : null;
        return send(file, ServedType.of(mimeType), download, cacheControl(record, Duration.ofHours(1)));
    }

    private static ResponseEntity<Resource> send(Path file, ServedType type, boolean download, CacheControl cache) {
        ContentDisposition disposition = (type.inline() && !download ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.getFileName().toString(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(cache)
                .body(new FileSystemResource(file));
    }

    /** A record not public today (restricted, or still embargoed) leaves no copy in any cache. */
    private CacheControl cacheControl(ArchiveRecord record, Duration publicAge) {
        return record.access().isPublicOn(calendar.today())
                ? CacheControl.maxAge(publicAge).cachePrivate()
                : CacheControl.noStore();
    }

    /** The file at a store-relative path, if the store resolves it inside itself and it is there. */
    private Optional<Path> storedFile(String storePath) {
        try {
            Path path = store.resolve(storePath);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
