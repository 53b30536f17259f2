package org.disan.batch.web.iiif;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.disan.ingest.image.ImageRegionSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Draws Image API answers: from the tile cache when this request was answered before, else by
 * decoding only the region asked for. Decoding runs at most {@link #AT_ONCE} requests at a time,
 * so a viewer asking for twenty tiles of a 1 GB scan at once cannot fill the heap.
 */
@Component
public class ImageRenderer {

    static final int AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Semaphore decoding = new Semaphore(AT_ONCE, true);

    /**
     * The answer to the URL segments after the identifier, for an image whose answers are kept in
     * the given folder: what the Image API controller does once it has found the image.
     *
     * @throws IiifException (a runtime exception) when the segments ask for something refused
     */
    public Resource render(ImageRegionSource source, Path cacheFolder, String region, String size, String rotation,
            String file) throws IOException {
        return render(source, cacheFolder, ImageRequest.parse(region, size, rotation, file, source.width(), source.height()));
    }

    /** The encoded answer, as a cached file or fresh bytes. */
    Resource render(ImageRegionSource source, Path cacheFolder, ImageRequest request) throws IOException {
        Optional<Path> cached = TileCache.find(cacheFolder, request);
        if (cached.isPresent()) {
            return new FileSystemResource(cached.get());
        }
        byte[] encoded = draw(source, request);
        if (request.worthCaching(source.width(), source.height())) {
            TileCache.keep(cacheFolder, request, encoded);
        }
        return new ByteArrayResource(encoded);
    }

    private byte[] draw(ImageRegionSource source, ImageRequest request) throws IOException {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to decode");
        }
        try {
            BufferedImage scaled = source.render(request.region(), request.size().width, request.size().height);
            return ImageEncoder.encode(ImageTransforms.apply(scaled, request.rotation(), request.quality()), request.format());
        } finally {
            decoding.release();
        }
    }
}
