package org.disan.ingest.derive;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image no larger than needed for a given size. ImageIO's readers are told to skip
 * pixels (subsampling), so a 30000×30000 scan is decoded at a few megapixels instead of filling the
 * heap; skipped pixels alias, so they keep at least twice the size needed. A plain JPEG goes to
 * {@link TurboJpeg} when the machine has it, which scales while decoding and averages as it does,
 * so it stops at the size needed.
 */
public final class BoundedImageReader {

    /** Larger JPEGs are read through ImageIO, which streams them. */
    private static final long MAX_JPEG_BYTES_IN_MEMORY = 32L << 20;

    /** An image as decoded, and the size of the original it came from. */
    public record Decoded(BufferedImage image, int originalWidth, int originalHeight) {}

    private final int neededSide;
    /** Looked up with the first image: a command that meets none never loads the library. */
    private final Supplier<Optional<TurboJpeg>> turboJpeg;

    /**
     * @param neededSide the longer side the caller will scale to: the decoded image's longer side is
     *     at least this (or the original's, when smaller) and within four times this
     */
    public BoundedImageReader(int neededSide) {
        this(neededSide, TurboJpeg::load);
    }

    BoundedImageReader(int neededSide, Supplier<Optional<TurboJpeg>> turboJpeg) {
        this.neededSide = neededSide;
        this.turboJpeg = turboJpeg;
    }

    /**
     * @throws IOException when no reader knows the format or the data is broken, with the reason
     */
    public Decoded read(Path file) throws IOException {
        Optional<TurboJpeg> decoder = turboJpeg.get();
        if (decoder.isPresent()) {
            Optional<Decoded> scaled = readPlainJpeg(file, decoder.get());
            if (scaled.isPresent()) {
                return scaled.get();
            }
        }
        return readWithImageIo(file);
    }

    /**
     * A JPEG without an ICC profile (one with a profile is converted to sRGB by ImageIO's reader,
     * which TurboJPEG does not do), decoded by TurboJPEG; empty for anything else.
     */
    private Optional<Decoded> readPlainJpeg(Path file, TurboJpeg decoder) throws IOException {
        if (Files.size(file) > MAX_JPEG_BYTES_IN_MEMORY || !startsAsJpeg(file)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (JpegSegments.hasIccProfile(bytes)) {
            return Optional.empty();
        }
        return decoder.decode(bytes, neededSide, neededSide * 4);
    }

    /** From its first bytes, so that a PNG or TIFF is not read whole only to go to ImageIO. */
    private static boolean startsAsJpeg(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JpegSegments.isJpeg(in.readNBytes(JpegSegments.SIGNATURE_BYTES));
        }
    }

    private Decoded readWithImageIo(Path file) throws IOException {
        IOException last = new IOException("no image decoder knows this format");
        // Several decoders may claim a format (the JDK's and TwelveMonkeys' TIFF readers) and
        // each has gaps; the first that decodes the file wins.
        for (int candidate = 0; ; candidate++) {
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) {
                    throw new IOException("cannot be opened");
                }
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                for (int skip = 0; skip < candidate && readers.hasNext(); skip++) {
                    readers.next();
                }
                if (!readers.hasNext()) {
                    throw last;
                }
                try {
                    return decode(readers.next(), in);
                } catch (IOException | RuntimeException e) {
                    last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
            }
        }
    }

    private Decoded decode(ImageReader reader, ImageInputStream in) throws IOException {
        try {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * neededSide));
            param.setSourceSubsampling(step, step, 0, 0);
            return new Decoded(toRgb(reader.read(0, param)), width, height);
        } finally {
            reader.dispose();
        }
    }

    /**
     * 8-bit RGB, which every JPEG encoder takes: 16-bit, CMYK-converted and indexed images are
     * redrawn, and transparent areas painted white rather than black.
     */
    public static BufferedImage toRgb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        if (isOpaqueByteRgb(image.getColorModel())) {
            // Already 8-bit RGB, only laid out otherwise (as some TIFF readers decode): copying the
            // samples band by band is several times faster than drawing, which converts pixel by
            // pixel through the colour model and serialises the ingest threads on Java2D's loops.
            BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            bgr.getRaster().setRect(image.getRaster());
            return bgr;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Three 8-bit sRGB samples a pixel and no alpha: the bands of a {@code TYPE_3BYTE_BGR} raster. */
    private static boolean isOpaqueByteRgb(ColorModel model) {
        if (!(model instanceof ComponentColorModel) || model.hasAlpha() || !model.getColorSpace().isCS_sRGB()
                || model.getNumComponents() != 3 || model.getTransferType() != DataBuffer.TYPE_BYTE) {
            return false;
        }
        for (int size : model.getComponentSize()) {
            if (size != 8) {
                return false;
            }
        }
        return true;
    }
}
