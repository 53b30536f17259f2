package org.disan.ingest.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TurboJPEG, the real library (batch-jobs/bin/setup-machine installs it), against ImageIO's
 * decoder and encoder: same pixels, smaller decodes, and the files it must leave to ImageIO.
 */
class TurboJpegTest {

    private static TurboJpeg turbo;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        assertThat(TurboJpeg.load()).as("libturbojpeg0 is installed").isPresent();
        turbo = TurboJpeg.load().orElseThrow();
    }

    @Test
    void aPhotographIsDecodedHalvedWithTheColoursImageIoSees() throws IOException {
        byte[] jpeg = jpeg(scene(3000, 2000, BufferedImage.TYPE_3BYTE_BGR));

        BoundedImageReader.Decoded decoded = turbo.decode(jpeg, 800, 3200).orElseThrow();

        assertThat(decoded.originalWidth()).isEqualTo(3000);
        assertThat(decoded.originalHeight()).isEqualTo(2000);
        assertThat(decoded.image().getWidth()).isEqualTo(1500);
        assertThat(decoded.image().getHeight()).isEqualTo(1000);
        assertSameColours(decoded.image(), ImageIO.read(new ByteArrayInputStream(jpeg)));
    }

    @Test
    void aGreyJpegStaysGrey() throws IOException {
        byte[] jpeg = jpeg(scene(1000, 700, BufferedImage.TYPE_BYTE_GRAY));

        BufferedImage image = turbo.decode(jpeg, 800, 3200).orElseThrow().image();

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getWidth()).isEqualTo(1000);
    }

    @Test
    void aDamagedOrOversizedJpegIsLeftToImageIo() throws IOException {
        byte[] jpeg = jpeg(scene(1200, 800, BufferedImage.TYPE_3BYTE_BGR));

        assertThat(turbo.decode(Arrays.copyOf(jpeg, jpeg.length / 2), 800, 3200)).isEmpty();
        assertThat(turbo.decode("not a jpeg".getBytes(StandardCharsets.US_ASCII), 800, 3200)).isEmpty();
        assertThat(turbo.decode(jpeg, 100, 120)).as("still over the bound at 1/8").isEmpty();
    }

    @Test
    void theReaderLeavesJpegsWithAColourProfileToImageIo() throws IOException {
        byte[] plain = jpeg(scene(3000, 2000, BufferedImage.TYPE_3BYTE_BGR));
        byte[] profiled = withIccProfile(plain);
        Path plainFile = Files.write(temp.resolve("plain.jpg"), plain);
        Path profiledFile = Files.write(temp.resolve("profiled.jpg"), profiled);
        assertThat(JpegSegments.hasIccProfile(plain)).isFalse();
        assertThat(JpegSegments.hasIccProfile(profiled)).isTrue();

        BoundedImageReader reader = new BoundedImageReader(800, () -> Optional.of(turbo));

        // TurboJPEG halves the plain one; ImageIO decodes the profiled one whole (it skips no pixel below 1600)
        assertThat(reader.read(plainFile).image().getWidth()).isEqualTo(1500);
        assertThat(reader.read(profiledFile).image().getWidth()).isEqualTo(3000);
    }

    @Test
    void encodedThumbnailsReadBackAsTheImageTheyCameFrom() throws IOException {
        BufferedImage image = scene(800, 533, BufferedImage.TYPE_3BYTE_BGR);

        byte[] encoded = turbo.encode(image);

        assertThat(JpegSegments.isJpeg(encoded)).isTrue();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encoded));
        assertThat(back.getWidth()).isEqualTo(800);
        assertThat(back.getHeight()).isEqualTo(533);
        assertSameColours(back, image);
        assertThat(encoded.length).as("quality 75, as ImageIO writes").isLessThan(jpeg(image).length * 2);
    }

    @Test
    void theReductionIsTheLargestThatKeepsTheNeededSide() {
        assertThat(TurboJpeg.denominator(3000, 800)).isEqualTo(2);
        assertThat(TurboJpeg.denominator(1600, 800)).isEqualTo(2);
        assertThat(TurboJpeg.denominator(1598, 800)).isEqualTo(1);
        assertThat(TurboJpeg.denominator(640, 800)).isEqualTo(1);
        assertThat(TurboJpeg.denominator(30000, 800)).isEqualTo(8);
    }

    /** Coloured blocks and a gradient: areas whose colours survive scaling and JPEG alike. */
    private static BufferedImage scene(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new java.awt.GradientPaint(0, 0, Color.WHITE, width, height, new Color(30, 60, 90)));
            g.fillRect(0, 0, width, height);
            Color[] colours = {new Color(200, 30, 40), new Color(20, 160, 60), new Color(40, 70, 200), Color.YELLOW};
            for (int i = 0; i < colours.length; i++) {
                g.setColor(colours[i]);
                g.fillRect(width / 10 + i * width / 5, height / 4, width / 6, height / 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "jpg", out)).isTrue();
        return out.toByteArray();
    }

    /** The JPEG with an APP2 segment holding the sRGB profile, right after start-of-image. */
    private static byte[] withIccProfile(byte[] jpeg) {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] name = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + name.length + 2 + profile.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
        out.writeBytes(name);
        out.writeBytes(new byte[] {1, 1});
        out.writeBytes(profile);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The mean colour of each cell of an 8×8 grid, within what JPEG and scaling change. */
    private static void assertSameColours(BufferedImage actual, BufferedImage expected) {
        for (int row = 0; row < 8; row++) {
            for (int column = 0; column < 8; column++) {
                int[] a = meanColour(actual, column, row);
                int[] e = meanColour(expected, column, row);
                for (int channel = 0; channel < 3; channel++) {
                    assertThat(a[channel]).as("cell %d,%d channel %d", column, row, channel).isCloseTo(e[channel],
                            org.assertj.core.data.Offset.offset(6));
                }
            }
        }
    }

    private static int[] meanColour(BufferedImage image, int column, int row) {
        int x0 = column * image.getWidth() / 8;
        int y0 = row * image.getHeight() / 8;
        int x1 = (column + 1) * image.getWidth() / 8;
        int y1 = (row + 1) * image.getHeight() / 8;
        long[] sums = new long[3];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                sums[0] += (rgb >> 16) & 0xFF;
                sums[1] += (rgb >> 8) & 0xFF;
                sums[2] += rgb & 0xFF;
            }
        }
        long count = (long) (x1 - x0) * (y1 - y0);
        return new int[] {(int) (sums[0] / count), (int) (sums[1] / count), (int) (sums[2] / count)};
    }
}
