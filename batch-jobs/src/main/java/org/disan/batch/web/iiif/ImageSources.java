package org.disan.batch.web.iiif;

import jakarta.annotation.PreDestroy;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.disan.ingest.image.ImageRegionSource;
import org.disan.ingest.image.PdfPages;
import org.disan.ingest.image.RasterRegionSource;
import org.disan.ingest.image.ReducedCopySource;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.springframework.stereotype.Component;

/**
 * The images a record offers to deep zoom: its original when that is a picture, or each page of a
 * PDF. What was learnt from opening a file (its size, a PDF's page tree) is kept for the last few
 * records, since a viewer asks for dozens of tiles of the same one.
 */
@Component
class ImageSources {

    private static final int REMEMBERED = 64;

    private final ArchiveStore store;
    private final Map<String, Object> opened = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            if (size() <= REMEMBERED) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    ImageSources(ArchiveStore store) {
        this.store = store;
    }

    /** Whether the record's type is one deep zoom serves (whether or not its file decodes). */
    static boolean offersImages(ArchiveRecord record) {
        String type = mimeType(record);
        return type.equals("application/pdf") || (type.startsWith("image/") && !type.contains("svg"));
    }

    /** The pages of a PDF record, or empty for any other record. */
    Optional<PdfPages> pdf(ArchiveRecord record) throws IOException {
        return mimeType(record).equals("application/pdf") ? Optional.of((PdfPages) open(record)) : Optional.empty();
    }

    /**
     * The image the identifier names: a picture (named without a page) or a page of a PDF.
     *
     * @return empty when the record has no such image
     * @throws IOException when its file cannot be read
     */
    Optional<ImageRegionSource> source(ArchiveRecord record, IiifIdentifier identifier) throws IOException {
        if (!offersImages(record)) {
            return Optional.empty();
        }
        Object image = open(record);
        if (image instanceof PdfPages pages) {
            int page = identifier.pageOrFirst();
            return page <= pages.count() ? Optional.of(pages.page(page)) : Optional.empty();
        }
        return identifier.namesPage() ? Optional.empty() : Optional.of((ImageRegionSource) image);
    }

    /** The record's folder for what deep zoom keeps: reduced copies and answered tiles. */
    Path cacheFolder(ArchiveRecord record) {
        return store.originalPath(record).getParent().resolve("iiif");
    }

    private Object open(ArchiveRecord record) throws IOException {
        synchronized (opened) {
            Object known = opened.get(record.id());
            if (known != null) {
                return known;
            }
        }
        Path original = store.originalPath(record);
        if (!Files.isRegularFile(original)) {
            throw new IOException("the original of " + record.id() + " is missing from the store");
        }
        Object image = mimeType(record).equals("application/pdf")
                ? PdfPages.open(original)
                : ReducedCopySource.of(RasterRegionSource.open(original), cacheFolder(record));
        synchronized (opened) {
            Object raced = opened.putIfAbsent(record.id(), image);
            if (raced == null) {
                return image;
            }
            closeQuietly(image);
            return raced;
        }
    }

    @PreDestroy
    void close() {
        synchronized (opened) {
            opened.values().forEach(ImageSources::closeQuietly);
            opened.clear();
        }
    }

    private static void closeQuietly(Object image) {
        if (image instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // A document that cannot be closed cleanly holds nothing we still need.
            }
        }
    }

    private static String mimeType(ArchiveRecord record) {
        return record.technical() == null || record.technical().mimeType() == null ? "" : record.technical().mimeType();
    }
}
