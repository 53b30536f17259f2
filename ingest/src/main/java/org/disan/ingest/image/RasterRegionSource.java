package org.disan.ingest.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.disan.ingest.derive.BoundedImageReader;

/**
 * A JPEG, TIFF, PNG (any format an ImageIO reader knows) read a region at a time: the reader is
 * given the region and a subsampling step, so a tile of a 1 GB striped or tiled TIFF decodes only
 * the strips or tiles under it, and a zoomed-out view skips pixels rather than holding them all.
 */
public final class RasterRegionSource implements ImageRegionSource {

    private final Path file;
    private final List<String> readerClasses;
    private final int width;
    private final int height;

    private RasterRegionSource(Path file, List<String> readerClasses, int width, int height) {
        this.file = file;
        this.readerClasses = List.copyOf(readerClasses);
        this.width = width;
        this.height = height;
    }

    /**
     * Opens the file with the best reader that can tell its size; the others that claim the
     * format stay as fallbacks for regions the first one fails on.
     *
     * @throws IOException when no reader knows the format, or the file is broken
     */
    public static RasterRegionSource open(Path file) throws IOException {
        IOException last = new IOException("no image decoder knows the format of " + file.getFileName());
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            List<ImageReader> readers = RegionReaders.ranked(in);
            List<String> classes = readers.stream().map(reader -> reader.getClass().getName()).toList();
            try {
                for (int i = 0; i < readers.size(); i++) {
                    ImageReader reader = readers.get(i);
                    try {
                        in.seek(0);
                        reader.setInput(in, true, true);
                        return new RasterRegionSource(file, classes.subList(i, classes.size()),
                                reader.getWidth(0), reader.getHeight(0));
                    } catch (IOException | RuntimeException e) {
                        last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                    }
                }
            } finally {
                readers.forEach(ImageReader::dispose);
            }
        }
        throw last;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public BufferedImage render(Rectangle region, int outWidth, int outHeight) throws IOException {
        int step = Resampling.subsampling(region.width, region.height, outWidth, outHeight);
        return Resampling.toSize(read(region, step), outWidth, outHeight);
    }

    /** The region with every {@code step}-th pixel of every {@code step}-th row, as RGB or grey. */
    BufferedImage read(Rectangle region, int step) throws IOException {
        IOException failure = null;
        for (String readerClass : readerClasses) {
            try {
                return read(readerClass, region, step);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        throw failure;
    }

    private BufferedImage read(String readerClass, Rectangle region, int step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = RegionReaders.same(in, readerClass);
            try {
                in.seek(0);
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(region);
                param.setSourceSubsampling(step, step, 0, 0);
                return BoundedImageReader.toRgb(reader.read(0, param));
            } catch (RuntimeException e) {
                throw new IOException("cannot decode " + file.getFileName() + ": " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }
}
