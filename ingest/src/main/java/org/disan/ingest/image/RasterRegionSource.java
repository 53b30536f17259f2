package org.disan.ingest.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
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
    private final int readerIndex;
    private final int width;
    private final int height;

    private RasterRegionSource(Path file, int readerIndex, int width, int height) {
        this.file = file;
        this.readerIndex = readerIndex;
        this.width = width;
        this.height = height;
    }

    /**
     * Opens the file with the first reader that can tell its size.
     *
     * @throws IOException when no reader knows the format, or the file is broken
     */
    public static RasterRegionSource open(Path file) throws IOException {
        IOException last = new IOException("no image decoder knows the format of " + file.getFileName());
        // Several decoders may claim a format (the JDK's and TwelveMonkeys' TIFF readers); the
        // first that reads the header is kept, by its place in the list.
        for (int candidate = 0; candidate < 8; candidate++) {
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = reader(in, candidate);
                if (reader == null) {
                    throw last;
                }
                try {
                    reader.setInput(in, true, true);
                    return new RasterRegionSource(file, candidate, reader.getWidth(0), reader.getHeight(0));
                } catch (IOException | RuntimeException e) {
                    last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                } finally {
                    reader.dispose();
                }
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
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in, readerIndex);
            if (reader == null) {
                throw new IOException("the image decoder of " + file.getFileName() + " is gone");
            }
            try {
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

    private static ImageReader reader(ImageInputStream in, int index) throws IOException {
        if (in == null) {
            throw new IOException("cannot be opened");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        for (int skip = 0; skip < index && readers.hasNext(); skip++) {
            readers.next();
        }
        return readers.hasNext() ? readers.next() : null;
    }
}
