package org.disan.samples.files;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.disan.samples.CatalogueRecord;
import org.disan.samples.PlannedFile;

/** A JPEG photograph with the EXIF a camera and a cataloguer leave: artist, capture time, GPS near Hà Nội. */
public final class JpegPhotoWriter implements SampleWriter {

    private static final double HANOI_LATITUDE = 21.0285;
    private static final double HANOI_LONGITUDE = 105.8542;

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        Dimension size = ImageSizes.pick(random, ImageSizes.largestIndex());
        BufferedImage photo = PhotoPainter.paint(size.width, size.height, random);
        byte[] jpeg = encode(photo, 0.8f + random.nextInt(15) / 100f);
        TiffOutputSet exif = exif(file.record(), random);
        try (OutputStream out = Files.newOutputStream(target)) {
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        }
    }

    private static byte[] encode(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(interleaved(image), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The same pixels as three interleaved bytes, which the JDK's JPEG encoder copies a row at a
     * time; from packed ints it converts sample by sample, at several times the cost.
     */
    private static BufferedImage interleaved(BufferedImage image) {
        BufferedImage bytes = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bytes.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bytes;
    }

    private static TiffOutputSet exif(CatalogueRecord record, SplittableRandom random) throws IOException {
        TiffOutputSet set = new TiffOutputSet();
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_ARTIST, record.creator());
        root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, record.title());
        root.add(TiffTagConstants.TIFF_TAG_COPYRIGHT, record.rights());
        String captured = String.format(Locale.ROOT, "%s %02d:%02d:%02d",
                record.date().replace('-', ':'), 6 + random.nextInt(12), random.nextInt(60), random.nextInt(60));
        set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, captured);
        set.setGpsInDegrees(HANOI_LONGITUDE + (random.nextDouble() - 0.5) * 0.4, HANOI_LATITUDE + (random.nextDouble() - 0.5) * 0.4);
        return set;
    }
}
