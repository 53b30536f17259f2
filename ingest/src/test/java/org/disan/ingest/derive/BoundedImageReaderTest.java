package org.disan.ingest.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoded images come out as 8-bit RGB with the original's colours, whatever layout the decoder chose. */
class BoundedImageReaderTest {

    @TempDir
    Path temp;

    @Test
    void rgbSamplesInRgbOrderBecomeBgrWithEveryPixelKept() {
        // given 8-bit RGB samples stored red first, as TIFF decoders lay them out (a custom image type)
        BufferedImage custom = interleavedRgb(97, 61, new int[] {0, 1, 2});
        assertThat(custom.getType()).isEqualTo(BufferedImage.TYPE_CUSTOM);

        // when made encodable
        BufferedImage rgb = BoundedImageReader.toRgb(custom);

        // then it is a standard type with the same colour at every pixel
        assertThat(rgb.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertSamePixels(rgb, custom);
    }

    @Test
    void unusualBandOrderIsKeptApartFromColours() {
        // given samples stored blue, red, green in memory: the bands still mean red, green, blue
        BufferedImage custom = interleavedRgb(40, 30, new int[] {1, 2, 0});

        // when made encodable, then no colour swaps places
        assertSamePixels(BoundedImageReader.toRgb(custom), custom);
    }

    @Test
    void transparentAreasArePaintedWhite() {
        // given a half-transparent image
        BufferedImage argb = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0xFFFF0000);
        argb.setRGB(1, 0, 0x00000000);

        // when made encodable, then the opaque pixel keeps its colour and the transparent one is white
        BufferedImage rgb = BoundedImageReader.toRgb(argb);
        assertThat(rgb.getColorModel().hasAlpha()).isFalse();
        assertThat(rgb.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(rgb.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void anRgbTiffIsDecodedWithItsColours() throws Exception {
        // given an uncompressed RGB TIFF of noise
        BufferedImage original = interleavedRgb(120, 80, new int[] {0, 1, 2});
        Path tiff = temp.resolve("noise.tif");
        assertThat(ImageIO.write(BoundedImageReader.toRgb(original), "tiff", tiff.toFile())).isTrue();

        // when read within a bound larger than the image
        BoundedImageReader.Decoded decoded = new BoundedImageReader(1600).read(tiff);

        // then every pixel is there, in an encodable type
        assertThat(decoded.originalWidth()).isEqualTo(120);
        assertThat(decoded.image().getType()).isIn(BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB);
        assertSamePixels(decoded.image(), original);
    }

    private static BufferedImage interleavedRgb(int width, int height, int[] bandOffsets) {
        var model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        var samples = new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, width, height, 3, width * 3, bandOffsets);
        WritableRaster raster = Raster.createWritableRaster(samples, null);
        Random noise = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {noise.nextInt(256), noise.nextInt(256), noise.nextInt(256)});
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y) & 0xFFFFFF;
                int got = actual.getRGB(x, y) & 0xFFFFFF;
                if (got != want) {
                    throw new AssertionError("pixel " + x + "," + y + ": " + Integer.toHexString(got)
                            + " instead of " + Integer.toHexString(want));
                }
            }
        }
    }
}
