package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.disan.ingest.derive.Thumbnailer;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.store.ArchiveStore;

/**
 * Makes the derivatives a file's type calls for. A derivative that cannot be made is a warning
 * on the record, not a failure: the original and its text are still worth keeping.
 */
final class DerivativeMaker {

    /** The derivatives made, and what could not be made and why. */
    record Result(List<Derivative> derivatives, List<String> warnings) {}

    private final Thumbnailer thumbnailer;

    DerivativeMaker(ArchiveStore store) {
        this.thumbnailer = new Thumbnailer(store);
    }

    Result make(Identification id, Path original, Metadata metadata) throws IOException {
        List<Derivative> made = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (id.majorType().equals("image")) {
            try {
                made.addAll(thumbnailer.thumbnails(id.sha256(), original, orientation(metadata)));
            } catch (IOException | RuntimeException e) {
                if (e instanceof java.nio.file.FileSystemException) {
                    throw (IOException) e;
                }
                warnings.add("no thumbnail: the image cannot be decoded (" + e.getMessage() + ")");
            }
        }
        return new Result(made, warnings);
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
