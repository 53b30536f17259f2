package org.disan.batch.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a public record's derived images. The URL names a record id and a derivative by one of
 * a few fixed names; the file's path always comes from the record itself, never from the URL.
 */
@RestController
class DerivativeController {

    private static final Map<String, DerivativeKind> NAMES = Map.of(
            "thumbnail-small", DerivativeKind.THUMBNAIL_SMALL,
            "thumbnail-large", DerivativeKind.THUMBNAIL_LARGE);

    private final PublicRecords records;
    private final ArchiveStore store;

    DerivativeController(PublicRecords records, ArchiveStore store) {
        this.records = records;
        this.store = store;
    }

    @GetMapping("/files/{id}/{name}")
    ResponseEntity<Resource> derivative(@PathVariable String id, @PathVariable String name) {
        DerivativeKind kind = NAMES.get(name);
        Optional<Derivative> derivative = kind == null
                ? Optional.empty()
                : records.find(id).flatMap(record -> record.derivative(kind));
        Optional<Path> file = derivative.flatMap(this::storedFile);
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(derivative.get().mimeType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(new FileSystemResource(file.get()));
    }

    /** The derivative's file, if the store resolves it inside itself and it is there. */
    private Optional<Path> storedFile(Derivative derivative) {
        try {
            Path path = store.resolve(derivative.path());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
