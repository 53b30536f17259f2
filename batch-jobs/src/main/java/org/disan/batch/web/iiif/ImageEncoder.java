package org.disan.batch.web.iiif;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encodes an answer: JPEG at a quality that keeps a scan's strokes sharp, or PNG. */
final class ImageEncoder {

    private static final float JPEG_QUALITY = 0.85f;

    private ImageEncoder() {
    }

    static byte[] encode(BufferedImage image, ImageFormat format) throws IOException {
        // JPEG has no one-bit form: a bitonal answer goes out as black-and-white grey.
        BufferedImage writable = format == ImageFormat.JPG && image.getType() == BufferedImage.TYPE_BYTE_BINARY
                ? grey(image) : image;
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName());
        if (!writers.hasNext()) {
            throw new IOException("no " + format.extension() + " encoder");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(writable, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage grey(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
        return grey;
    }
}
