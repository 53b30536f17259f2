package org.disan.ingest.derive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.store.ArchiveStore;

/**
 * Makes the small (200 px) and large (800 px) JPEG thumbnails of an image, from one bounded
 * decode, and stores them beside the original.
 */
public final class Thumbnailer {

    private static final int SMALL = 200;
    private static final int LARGE = 800;

    private final ArchiveStore store;
    private final BoundedImageReader reader = new BoundedImageReader(LARGE * 2);

    public Thumbnailer(ArchiveStore store) {
        this.store = store;
    }

    /**
     * @param exifOrientation the EXIF orientation (1–8), applied because a subsampled decode
     *     loses it; 0 or 1 when there is none
     * @throws IOException when the image cannot be decoded (the message says why)
     */
    public List<Derivative> thumbnails(String id, Path image, int exifOrientation) throws IOException {
        BufferedImage decoded = reader.read(image).image();
        List<Derivative> made = new ArrayList<>();
        made.add(store(id, decoded, SMALL, DerivativeKind.THUMBNAIL_SMALL, exifOrientation));
        made.add(store(id, decoded, LARGE, DerivativeKind.THUMBNAIL_LARGE, exifOrientation));
        return made;
    }

    /** Scales an already decoded image (a rendered page, a keyframe) to both sizes. */
    public List<Derivative> thumbnails(String id, BufferedImage decoded) throws IOException {
        return List.of(store(id, decoded, SMALL, DerivativeKind.THUMBNAIL_SMALL, 1),
                store(id, decoded, LARGE, DerivativeKind.THUMBNAIL_LARGE, 1));
    }

    /**
     * Stores an image as it is (a rendered page) under the given name.
     *
     * @param fileName a plain JPEG file name such as {@code page-1.jpg}
     */
    public Derivative fullSize(String id, BufferedImage image, String fileName) throws IOException {
        Path temp = store.newTempFile(id, ".jpg");
        try {
            writeJpeg(image, temp);
            String path = store.commit(id, temp, fileName);
            return new Derivative(DerivativeKind.PAGE_IMAGE, path, "image/jpeg", image.getWidth(), image.getHeight());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Derivative store(String id, BufferedImage decoded, int side, DerivativeKind kind,
            int orientation) throws IOException {
        Path temp = store.newTempFile(id, ".jpg");
        try {
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(decoded)
                    .size(side, side);
            if (orientation > 1 && orientation <= 8) {
                builder.addFilter(ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)));
            }
            BufferedImage scaled = builder.asBufferedImage();
            writeJpeg(scaled, temp);
            String path = store.commit(id, temp, "thumb-" + side + ".jpg");
            return new Derivative(kind, path, "image/jpeg", scaled.getWidth(), scaled.getHeight());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IOException("no JPEG encoder available");
            }
        }
    }
}
