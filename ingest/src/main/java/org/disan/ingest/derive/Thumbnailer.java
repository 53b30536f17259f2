package org.disan.ingest.derive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.resizers.configurations.ScalingMode;
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
    private final BoundedImageReader reader = new BoundedImageReader(LARGE);

    public Thumbnailer(ArchiveStore store) {
        this.store = store;
    }

    /**
     * @param exifOrientation the EXIF orientation (1–8), applied because a subsampled decode
     *     loses it; 0 or 1 when there is none
     * @throws IOException when the image cannot be decoded (the message says why)
     */
    public List<Derivative> thumbnails(String id, Path image, int exifOrientation) throws IOException {
        return bothSizes(id, reader.read(image).image(), exifOrientation);
    }

    /** Scales an already decoded image (a rendered page, a keyframe) to both sizes. */
    public List<Derivative> thumbnails(String id, BufferedImage decoded) throws IOException {
        return bothSizes(id, decoded, 1);
    }

    /**
     * The large thumbnail from the decoded image, the small one from the large: scaling the
     * large one down again costs a fraction of scaling the decoded image twice, and looks the same.
     */
    private List<Derivative> bothSizes(String id, BufferedImage decoded, int orientation) throws IOException {
        Scaled large = store(id, decoded, LARGE, DerivativeKind.THUMBNAIL_LARGE, orientation);
        Scaled small = store(id, large.image(), SMALL, DerivativeKind.THUMBNAIL_SMALL, 1);
        return List.of(small.derivative(), large.derivative());
    }

    private record Scaled(Derivative derivative, BufferedImage image) {}

    /**
     * Stores an image as it is (a rendered page) under the given name.
     *
     * @param fileName a plain JPEG file name such as {@code page-1.jpg}
     */
    public Derivative fullSize(String id, BufferedImage image, String fileName) throws IOException {
        return fullSize(id, image, fileName, DerivativeKind.PAGE_IMAGE);
    }

    /**
     * Stores an image as it is under the given name, as PNG or JPEG as the name says.
     *
     * @param fileName a plain file name ending in {@code .png} or {@code .jpg}
     */
    public Derivative fullSize(String id, BufferedImage image, String fileName, DerivativeKind kind)
            throws IOException {
        boolean png = fileName.endsWith(".png");
        Path temp = store.newTempFile(id, png ? ".png" : ".jpg");
        try {
            write(image, png ? "png" : "jpg", temp);
            String path = store.commit(id, temp, fileName);
            return new Derivative(kind, path, png ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Scaled store(String id, BufferedImage decoded, int side, DerivativeKind kind,
            int orientation) throws IOException {
        Path temp = store.newTempFile(id, ".jpg");
        try {
            // Bilinear in halving steps, as Thumbnailator scales by default from twice the size down.
            // Below twice, where TurboJPEG's decodes land, its default is bicubic: 2.2 s against 1.3 s
            // for the 299 images of the benchmark's 1,000 files, for a difference no thumbnail shows.
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(decoded)
                    .size(side, side)
                    .scalingMode(ScalingMode.PROGRESSIVE_BILINEAR);
            if (orientation > 1 && orientation <= 8) {
                builder.addFilter(ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)));
            }
            BufferedImage scaled = builder.asBufferedImage();
            write(scaled, "jpg", temp);
            String path = store.commit(id, temp, "thumb-" + side + ".jpg");
            return new Scaled(new Derivative(kind, path, "image/jpeg", scaled.getWidth(), scaled.getHeight()), scaled);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void write(BufferedImage image, String format, Path file) throws IOException {
        BufferedImage encodable = format.equals("jpg") ? JpegPixels.of(image) : image;
        Optional<TurboJpeg> turboJpeg = format.equals("jpg") ? TurboJpeg.load() : Optional.empty();
        if (turboJpeg.isPresent()) {
            // The same baseline JPEG as ImageIO's encoder writes, in about a fifth of its time.
            Files.write(file, turboJpeg.get().encode(encodable));
            return;
        }
        // To the file itself: given a stream, ImageIO first writes a cache file of its own.
        if (!ImageIO.write(encodable, format, file.toFile())) {
            throw new IOException("no " + format + " encoder available");
        }
    }
}
