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
 * A mono 16-bit PCM WAV recording. The header is written first from the known length and the
 * samples follow in small blocks, so a two-hour file needs no more memory than a one-second one.
 */
public final class WavWriter implements SampleWriter {

    private static final int BLOCK = 8192;
    private static final int[] RATES = {22_050, 44_100};

    private final int minSeconds;
    private final int maxSeconds;

    public WavWriter(int minSeconds, int maxSeconds) {
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
    }

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        int rate = RATES[random.nextInt(RATES.length)];
        long seconds = minSeconds + random.nextInt(maxSeconds - minSeconds + 1);
        stream(target, rate, seconds * rate, random);
    }

    /** Writes {@code frames} samples of synthetic music at {@code sampleRate}. */
    public static void stream(Path target, int sampleRate, long frames, SplittableRandom random) throws IOException {
        long dataBytes = frames * 2;
        if (dataBytes + 36 > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a WAV file cannot hold " + frames + " 16-bit frames (4 GB RIFF limit)");
        }
        ToneSynthesizer synth = new ToneSynthesizer(random, sampleRate);
        short[] samples = new short[BLOCK];
        ByteBuffer block = ByteBuffer.allocate(BLOCK * 2).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write(header(sampleRate, dataBytes));
            for (long written = 0; written < frames; ) {
                int count = (int) Math.min(BLOCK, frames - written);
                synth.fill(samples, count);
                block.clear();
                block.asShortBuffer().put(samples, 0, count);
                out.write(block.array(), 0, count * 2);
                written += count;
            }
        }
    }

    private static byte[] header(int sampleRate, long dataBytes) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        header.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        header.putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2);
        header.putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return header.array();
    }
}
