package org.disan.ingest.derive;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.Optional;
import org.disan.ingest.jna.NativeLibraries;

/**
 * JPEG decoding and encoding by libjpeg-turbo's TurboJPEG library (Debian's {@code libturbojpeg0}),
 * reached through JNA. It decodes a JPEG already scaled down by 1/2, 1/4 or 1/8 inside the inverse
 * DCT, which averages the pixels it drops where a subsampled ImageIO read skips them, and costs a
 * fraction of a full decode: a thumbnail of a 6-megapixel photograph starts from 1.5 megapixels.
 * Where the library is missing, {@link #load()} is empty and callers keep to ImageIO.
 */
final class TurboJpeg {

    private static final int PIXEL_BGR = 1;
    private static final int PIXEL_GRAY = 6;
    private static final int COLOURS_GRAY = 2;
    private static final int COLOURS_CMYK = 3;
    private static final int COLOURS_YCCK = 4;
    private static final int SAMPLING_420 = 2;
    private static final int SAMPLING_GRAY = 3;
    /** ImageIO's default JPEG quality, so thumbnails look as they did. */
    static final int QUALITY = 75;

    /** The TurboJPEG 2.x C API, the calls used here. */
    interface Api extends Library {
        Pointer tjInitDecompress();

        Pointer tjInitCompress();

        int tjDecompressHeader3(Pointer handle, byte[] jpeg, NativeLong size, IntByReference width,
                IntByReference height, IntByReference subsampling, IntByReference colourSpace);

        int tjDecompress2(Pointer handle, byte[] jpeg, NativeLong size, byte[] pixels, int width, int pitch,
                int height, int pixelFormat, int flags);

        int tjCompress2(Pointer handle, byte[] pixels, int width, int pitch, int height, int pixelFormat,
                PointerByReference jpeg, NativeLongByReference size, int subsampling, int quality, int flags);

        void tjFree(Pointer buffer);

        String tjGetErrorStr2(Pointer handle);

        int tjDestroy(Pointer handle);
    }

    private static final class Loaded {
        static final Optional<TurboJpeg> INSTANCE = tryLoad();
    }

    private final Api api;

    private TurboJpeg(Api api) {
        this.api = api;
    }

    /** The library, loaded once; empty when this machine does not have it. */
    static Optional<TurboJpeg> load() {
        return Loaded.INSTANCE;
    }

    private static Optional<TurboJpeg> tryLoad() {
        return NativeLibraries.firstOf(Api.class, api -> true, "turbojpeg", "libturbojpeg.so.0").map(TurboJpeg::new);
    }

    /**
     * Decodes a JPEG scaled by the largest of 1/8, 1/4, 1/2 that keeps its longer side at least
     * {@code minSide} (or whole, when smaller).
     *
     * @return empty when this decoder should not take the file: CMYK, damaged (whatever a full
     *     decoder makes of it is left to ImageIO), or larger than {@code maxSide} even at 1/8
     */
    Optional<BoundedImageReader.Decoded> decode(byte[] jpeg, int minSide, int maxSide) {
        Pointer handle = api.tjInitDecompress();
        if (handle == null) {
            return Optional.empty();
        }
        try {
            NativeLong size = new NativeLong(jpeg.length);
            IntByReference width = new IntByReference();
            IntByReference height = new IntByReference();
            IntByReference colourSpace = new IntByReference();
            if (api.tjDecompressHeader3(handle, jpeg, size, width, height, new IntByReference(), colourSpace) != 0
                    || colourSpace.getValue() == COLOURS_CMYK || colourSpace.getValue() == COLOURS_YCCK) {
                return Optional.empty();
            }
            int denominator = denominator(Math.max(width.getValue(), height.getValue()), minSide);
            int scaledWidth = scaled(width.getValue(), denominator);
            int scaledHeight = scaled(height.getValue(), denominator);
            if (Math.max(scaledWidth, scaledHeight) > maxSide) {
                return Optional.empty();
            }
            boolean gray = colourSpace.getValue() == COLOURS_GRAY;
            BufferedImage image = new BufferedImage(scaledWidth, scaledHeight,
                    gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int pitch = scaledWidth * (gray ? 1 : 3);
            int status = api.tjDecompress2(handle, jpeg, size, pixels, scaledWidth, pitch, scaledHeight,
                    gray ? PIXEL_GRAY : PIXEL_BGR, 0);
            // Any complaint, warnings about damaged data included, leaves the file to ImageIO.
            return status == 0
                    ? Optional.of(new BoundedImageReader.Decoded(image, width.getValue(), height.getValue()))
                    : Optional.empty();
        } finally {
            api.tjDestroy(handle);
        }
    }

    /** The largest power-of-two reduction, up to 8, that keeps {@code longerSide} at least {@code minSide}. */
    static int denominator(int longerSide, int minSide) {
        int denominator = 1;
        while (denominator < 8 && scaled(longerSide, denominator * 2) >= minSide) {
            denominator *= 2;
        }
        return denominator;
    }

    /** What libjpeg makes of a side scaled by 1/denominator: rounded up. */
    static int scaled(int side, int denominator) {
        return (side + denominator - 1) / denominator;
    }

    /**
     * Encodes an image as a baseline JPEG at {@link #QUALITY}, 4:2:0 (grey when the image is grey),
     * as ImageIO's encoder does by default.
     *
     * @param image a {@code TYPE_3BYTE_BGR} or {@code TYPE_BYTE_GRAY} image ({@link JpegPixels#of})
     */
    byte[] encode(BufferedImage image) throws IOException {
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        if (!gray && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("needs 8-bit BGR or grey pixels, not image type " + image.getType());
        }
        byte[] pixels = packedPixels(image, gray ? 1 : 3);
        Pointer handle = api.tjInitCompress();
        if (handle == null) {
            throw new IOException("TurboJPEG could not start an encoder");
        }
        PointerByReference jpeg = new PointerByReference();
        try {
            NativeLongByReference size = new NativeLongByReference();
            if (api.tjCompress2(handle, pixels, image.getWidth(), 0, image.getHeight(), gray ? PIXEL_GRAY : PIXEL_BGR,
                    jpeg, size, gray ? SAMPLING_GRAY : SAMPLING_420, QUALITY, 0) != 0) {
                throw new IOException("TurboJPEG could not encode: " + api.tjGetErrorStr2(handle));
            }
            return jpeg.getValue().getByteArray(0, Math.toIntExact(size.getValue().longValue()));
        } finally {
            if (jpeg.getValue() != null) {
                api.tjFree(jpeg.getValue());
            }
            api.tjDestroy(handle);
        }
    }

    /** The pixels row after row with no gaps, copied only when the raster has other rows around it. */
    private static byte[] packedPixels(BufferedImage image, int bytesPerPixel) {
        var raster = image.getRaster();
        byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
        int length = image.getWidth() * image.getHeight() * bytesPerPixel;
        if (raster.getParent() == null && raster.getDataBuffer().getOffset() == 0 && data.length == length) {
            return data;
        }
        return (byte[]) raster.getDataElements(0, 0, image.getWidth(), image.getHeight(), null);
    }
}
