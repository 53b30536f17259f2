package org.disan.ingest.derive;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Draws the waveform of an uncompressed PCM recording (WAV) straight from its samples, in one
 * streaming pass: each column of the picture is the lowest and highest sample of its stretch of
 * time, channels mixed down. The recording's length comes from its header, so a two-hour file
 * takes no more memory than a short one, and no ffmpeg process is started for it.
 */
public final class PcmWaveform {

    private static final int BUFFER_FRAMES = 8192;

    private final int width;
    private final int height;
    private final Color color;

    public PcmWaveform(int width, int height, Color color) {
        this.width = width;
        this.height = height;
        this.color = color;
    }

    /**
     * @throws UnsupportedAudioFileException when the file is not PCM this JVM reads (then ffmpeg
     *     has to draw it)
     * @throws IOException when the file cannot be read
     */
    public BufferedImage draw(Path recording) throws UnsupportedAudioFileException, IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(recording), 1 << 16);
                AudioInputStream audio = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat format = audio.getFormat();
            if (!isIntegerPcm(format) || audio.getFrameLength() <= 0) {
                throw new UnsupportedAudioFileException("not integer PCM of known length: " + format);
            }
            return picture(envelope(audio, format));
        }
    }

    private static boolean isIntegerPcm(AudioFormat format) {
        AudioFormat.Encoding encoding = format.getEncoding();
        int bits = format.getSampleSizeInBits();
        return (encoding.equals(AudioFormat.Encoding.PCM_SIGNED) || encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED))
                && (bits == 8 || bits == 16 || bits == 24 || bits == 32)
                && format.getFrameSize() == format.getChannels() * (bits / 8);
    }

    /** Per column, the lowest and highest mixed-down sample, as fractions of full scale. */
    private float[][] envelope(AudioInputStream audio, AudioFormat format) throws IOException {
        SampleDecoder decoder = new SampleDecoder(format);
        long frames = audio.getFrameLength();
        float[] low = new float[width];
        float[] high = new float[width];
        int frameSize = format.getFrameSize();
        byte[] buffer = new byte[BUFFER_FRAMES * frameSize];
        long frame = 0;
        int filled = 0;
        int read;
        while ((read = audio.read(buffer, filled, buffer.length - filled)) > 0) {
            filled += read;
            int whole = filled / frameSize;
            for (int f = 0; f < whole && frame < frames; f++, frame++) {
                float sample = decoder.mixed(buffer, f * frameSize);
                int column = (int) (frame * width / frames);
                low[column] = Math.min(low[column], sample);
                high[column] = Math.max(high[column], sample);
            }
            int rest = filled - whole * frameSize;
            System.arraycopy(buffer, whole * frameSize, buffer, 0, rest);
            filled = rest;
        }
        return new float[][] {low, high};
    }

    private BufferedImage picture(float[][] envelope) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int rgb = color.getRGB();
        float middle = (height - 1) / 2f;
        for (int x = 0; x < width; x++) {
            int top = Math.round(middle - envelope[1][x] * middle);
            int bottom = Math.round(middle - envelope[0][x] * middle);
            for (int y = Math.max(0, top); y <= Math.min(height - 1, bottom); y++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
