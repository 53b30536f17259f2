package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmpPacketFinderTest {

    @TempDir
    Path in;

    @Test
    void aPacketCutByTheEndOfAReadIsFound() throws Exception {
        byte[] packet = QuickXmpImageParserTest.xmpPacket("Chùa Một Cột");
        long offset = (1 << 20) - 5;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[(int) offset]);
        bytes.write(packet);
        Path file = Files.write(in.resolve("long.bin"), bytes.toByteArray());

        assertThat(XmpPacketFinder.anywhere(file)).hasValue(offset);
    }

    @Test
    void aFileWithoutAPacketHasNone() throws Exception {
        Path file = Files.write(in.resolve("none.bin"), new byte[3 << 20]);

        assertThat(XmpPacketFinder.anywhere(file)).isEmpty();
        assertThat(XmpPacketFinder.anywhere(Files.write(in.resolve("empty.bin"), new byte[0]))).isEmpty();
    }

    @Test
    void aJpegsPacketIsLookedForOnlyBeforeItsImageData() throws Exception {
        Path photograph = TestFiles.exifJpeg(in.resolve("den-hung.jpg"));
        Path plain = in.resolve("plain.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", plain.toFile());
        Path trailing = Files.write(in.resolve("trailing.jpg"),
                concat(Files.readAllBytes(plain), QuickXmpImageParserTest.xmpPacket("sau ảnh")));

        assertThat(XmpPacketFinder.inJpeg(photograph)).isPresent();
        assertThat(XmpPacketFinder.inJpeg(plain)).isEmpty();
        assertThat(XmpPacketFinder.inJpeg(trailing)).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
