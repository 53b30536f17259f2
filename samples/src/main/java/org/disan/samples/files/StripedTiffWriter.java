package org.disan.samples.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.disan.samples.PlannedFile;

/**
 * A very large uncompressed RGB TIFF written strip by strip: every offset is known up front, so the
 * pixels stream straight to disk and the directory follows them; memory use is one strip.
 */
public final class StripedTiffWriter implements SampleWriter {

    private static final int STRIP_TARGET_BYTES = 256 * 1024;
    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;
    private static final int ENTRIES = 13;

    private final long pixelBytes;

    public StripedTiffWriter(long pixelBytes) {
        this.pixelBytes = pixelBytes;
    }

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        long pixels = pixelBytes / 3;
        int width = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 3, (long) Math.sqrt(pixels)));
        int height = (int) Math.max(1, pixels / width);
        SplittableRandom random = file.random();
        int rowBytes = width * 3;
        int rowsPerStrip = Math.max(1, STRIP_TARGET_BYTES / rowBytes);
        int strips = (height + rowsPerStrip - 1) / rowsPerStrip;
        long dataEnd = 8 + (long) rowBytes * height;
        long ifdOffset = dataEnd + (dataEnd & 1);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write(littleEndian(8).put(new byte[] {'I', 'I', 42, 0}).putInt((int) ifdOffset).array());
            byte[] strip = new byte[rowsPerStrip * rowBytes];
            int tint = random.nextInt(256);
            for (int y = 0; y < height; y += rowsPerStrip) {
                int rows = Math.min(rowsPerStrip, height - y);
                paintRows(strip, width, height, y, rows, tint);
                out.write(strip, 0, rows * rowBytes);
            }
            if ((dataEnd & 1) == 1) {
                out.write(0);
            }
            out.write(directory(width, height, rowsPerStrip, strips, rowBytes, ifdOffset).array());
        }
    }

    /** A gradient with a woven pattern: cheap to compute, not a flat colour that compresses to nothing. */
    private static void paintRows(byte[] strip, int width, int height, int firstRow, int rows, int tint) {
        int i = 0;
        for (int y = firstRow; y < firstRow + rows; y++) {
            int green = (int) ((long) y * 255 / height);
            for (int x = 0; x < width; x++) {
                strip[i++] = (byte) ((long) x * 255 / width);
                strip[i++] = (byte) green;
                strip[i++] = (byte) (((x ^ y) & 0x3F) + tint);
            }
        }
    }

    private static ByteBuffer directory(int width, int height, int rowsPerStrip, int strips, int rowBytes, long ifdOffset) {
        long extra = ifdOffset + 2 + ENTRIES * 12L + 4;
        long bitsOffset = extra;
        long xResOffset = bitsOffset + 6;
        long yResOffset = xResOffset + 8;
        long offsetsOffset = yResOffset + 8;
        long countsOffset = offsetsOffset + 4L * strips;
        ByteBuffer ifd = littleEndian((int) (countsOffset + 4L * strips - ifdOffset));
        ifd.putShort((short) ENTRIES);
        entry(ifd, 256, LONG, 1, width);
        entry(ifd, 257, LONG, 1, height);
        entry(ifd, 258, SHORT, 3, bitsOffset);
        entry(ifd, 259, SHORT, 1, 1);
        entry(ifd, 262, SHORT, 1, 2);
        entry(ifd, 273, LONG, strips, strips == 1 ? 8 : offsetsOffset);
        entry(ifd, 277, SHORT, 1, 3);
        entry(ifd, 278, LONG, 1, rowsPerStrip);
        entry(ifd, 279, LONG, strips, strips == 1 ? (long) rowBytes * height : countsOffset);
        entry(ifd, 282, RATIONAL, 1, xResOffset);
        entry(ifd, 283, RATIONAL, 1, yResOffset);
        entry(ifd, 284, SHORT, 1, 1);
        entry(ifd, 296, SHORT, 1, 2);
        ifd.putInt(0);
        ifd.putShort((short) 8).putShort((short) 8).putShort((short) 8);
        ifd.putInt(300).putInt(1).putInt(300).putInt(1);
        for (int s = 0; s < strips; s++) {
            ifd.putInt((int) (8 + (long) s * rowsPerStrip * rowBytes));
        }
        for (int s = 0; s < strips; s++) {
            int rows = Math.min(rowsPerStrip, height - s * rowsPerStrip);
            ifd.putInt(rows * rowBytes);
        }
        return ifd;
    }

    /** A 12-byte directory entry; a single SHORT sits in the low half of the value field. */
    private static void entry(ByteBuffer ifd, int tag, short type, int count, long value) {
        ifd.putShort((short) tag).putShort(type).putInt(count);
        if (type == SHORT && count == 1) {
            ifd.putShort((short) value).putShort((short) 0);
        } else {
            ifd.putInt((int) value);
        }
    }

    private static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
