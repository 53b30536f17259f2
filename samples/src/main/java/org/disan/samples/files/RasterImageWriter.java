package org.disan.samples.files;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.disan.samples.PlannedFile;

/**
 * A TIFF (archival master, uncompressed or LZW) or PNG photograph through the JDK's own ImageIO writers.
 * Sizes stop below the largest JPEGs: masters of that size are what the large-file option is for.
 */
public final class RasterImageWriter implements SampleWriter {

    private static final int LARGEST_SIZE = 4;

    private final String format;

    private RasterImageWriter(String format) {
        this.format = format;
    }

    public static RasterImageWriter tiff() {
        return new RasterImageWriter("tiff");
    }

    public static RasterImageWriter png() {
        return new RasterImageWriter("png");
    }

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        Dimension size = ImageSizes.pick(random, LARGEST_SIZE);
        BufferedImage image = PhotoPainter.paint(size.width, size.height, random);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        Files.deleteIfExists(target);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("tiff") && random.nextBoolean()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
