package org.disan.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.disan.ingest.derive.Thumbnailer;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.store.ArchiveStore;

/**
 * Makes the derivatives an ingest stores: the thumbnails of images, which search results show.
 * A thumbnail that cannot be made is a warning on the record, not a failure: the original and its
 * text are still worth keeping. The previews of documents and recordings wait for their first
 * view ({@link PreviewMaker}).
 */
final class ThumbnailMaker {

    /** The derivatives made, and what could not be made and why. */
    record Result(List<Derivative> derivatives, List<String> warnings) {}

    private final Thumbnailer thumbnailer;

    ThumbnailMaker(ArchiveStore store) {
        this.thumbnailer = new Thumbnailer(store);
    }

    Result make(Identification id, Path original, Metadata metadata) throws IOException {
        if (!id.majorType().equals("image")) {
            return new Result(List.of(), List.of());
        }
        try {
            return new Result(thumbnailer.thumbnails(id.sha256(), original, orientation(metadata)), List.of());
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), List.of("no thumbnail: the file cannot be decoded (" + e.getMessage() + ")"));
        }
    }

    private static int orientation(Metadata metadata) {
        String value = metadata.get("tiff:Orientation");
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
