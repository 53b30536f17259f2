package org.disan.ingest.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.disan.ingest.LockPerKey;

/**
 * A large raster image served through a reduced copy of itself: views zoomed out by the copy's
 * factor or more read the copy (a few megapixels, tiled, kept in the record's folder) instead of
 * skimming the whole original, which for a 1 GB TIFF means reading all of it. The copy is made on
 * the first such view, once, while other views of the record wait for it.
 */
public final class ReducedCopySource implements ImageRegionSource {

    /** The most pixels the reduced copy may have: about 50 MB decoded, made once. */
    static final long COPY_PIXELS = 16_000_000L;
    private static final int COPY_TILE = 512;
    private static final LockPerKey MAKING = new LockPerKey();

    private final RasterRegionSource original;
    private final Path copyFile;
    private final int factor;

    private ReducedCopySource(RasterRegionSource original, Path copyFile, int factor) {
        this.original = original;
        this.copyFile = copyFile;
        this.factor = factor;
    }

    /**
     * The original itself when it is small enough to read directly, else a source that keeps its
     * reduced copy in the given folder.
     */
    public static ImageRegionSource of(RasterRegionSource original, Path folder) {
        int factor = factor(original.width(), original.height());
        return factor == 1 ? original
                : new ReducedCopySource(original, folder.resolve("reduced-" + factor + ".tif"), factor);
    }

    /** The smallest power of two that brings the image within {@link #COPY_PIXELS}. */
    static int factor(int width, int height) {
        int factor = 1;
        while ((long) (width / factor) * (height / factor) > COPY_PIXELS) {
            factor *= 2;
        }
        return factor;
    }

    @Override
    public int width() {
        return original.width();
    }

    @Override
    public int height() {
        return original.height();
    }

    @Override
    public BufferedImage render(Rectangle region, int outWidth, int outHeight) throws IOException {
        if (Resampling.subsampling(region.width, region.height, outWidth, outHeight) < factor) {
            return original.render(region, outWidth, outHeight);
        }
        RasterRegionSource copy = copy();
        int x = Math.min(region.x / factor, copy.width() - 1);
        int y = Math.min(region.y / factor, copy.height() - 1);
        int right = Math.min(copy.width(), Math.max(x + 1, ceilDiv(region.x + region.width, factor)));
        int bottom = Math.min(copy.height(), Math.max(y + 1, ceilDiv(region.y + region.height, factor)));
        return copy.render(new Rectangle(x, y, right - x, bottom - y), outWidth, outHeight);
    }

    private RasterRegionSource copy() throws IOException {
        return MAKING.run(copyFile.toString(), () -> {
            if (!Files.isRegularFile(copyFile)) {
                write(original.read(new Rectangle(0, 0, original.width(), original.height()), factor));
            }
            return RasterRegionSource.open(copyFile);
        });
    }

    private void write(BufferedImage reduced) throws IOException {
        Files.createDirectories(copyFile.getParent());
        Path temp = Files.createTempFile(copyFile.getParent(), ".tmp-", ".tif");
        try {
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                ImageWriter writer = tilingTiffWriter();
                try {
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setTiling(COPY_TILE, COPY_TILE, 0, 0);
                    writer.setOutput(out);
                    writer.write(null, new IIOImage(reduced, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            Files.move(temp, copyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A TIFF writer that writes tiles, so a view reads only the tiles under it. */
    private static ImageWriter tilingTiffWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getDefaultWriteParam().canWriteTiles()) {
                return writer;
            }
            writer.dispose();
        }
        throw new IOException("no TIFF writer that writes tiles");
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
