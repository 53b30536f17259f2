package org.disan.samples;

/**
 * The three oversized files written for memory tests: one TIFF, one long WAV and one long PDF.
 *
 * @param tiffPixelBytes uncompressed RGB pixel bytes of the TIFF (classic TIFF, so below 4 GiB)
 * @param wavSeconds     duration of the WAV recording
 * @param wavSampleRate  sample rate of the mono 16-bit WAV
 * @param pdfPages       pages of the text PDF
 */
public record LargeFilesSpec(long tiffPixelBytes, long wavSeconds, int wavSampleRate, int pdfPages) {

    private static final long CLASSIC_TIFF_LIMIT = 0xFFFF_FFFFL - (64L << 20);

    public LargeFilesSpec {
        if (tiffPixelBytes < 3 || tiffPixelBytes > CLASSIC_TIFF_LIMIT) {
            throw new IllegalArgumentException("large TIFF size must be between 3 bytes and ~4 GB, was " + tiffPixelBytes);
        }
        if (wavSeconds < 1) {
            throw new IllegalArgumentException("large WAV duration must be at least 1 s, was " + wavSeconds);
        }
        if (wavSampleRate < 8000 || wavSampleRate > 192_000) {
            throw new IllegalArgumentException("large WAV sample rate must be 8000..192000 Hz, was " + wavSampleRate);
        }
        if (wavSeconds * wavSampleRate * 2 > CLASSIC_TIFF_LIMIT) {
            throw new IllegalArgumentException("large WAV would pass the 4 GB RIFF limit");
        }
        if (pdfPages < 1) {
            throw new IllegalArgumentException("large PDF needs at least one page, was " + pdfPages);
        }
    }

    /** About 1 GB of TIFF pixels, two hours of 22 kHz audio (~300 MB) and 500 PDF pages. */
    public static LargeFilesSpec defaults() {
        return new LargeFilesSpec(1L << 30, 2 * 3600, 22_050, 500);
    }
}
