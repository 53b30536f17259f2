package org.disan.ingest.derive;

import javax.sound.sampled.AudioFormat;

/** Turns one frame of integer PCM bytes into the mean of its channels, between -1 and 1. */
final class SampleDecoder {

    private final int channels;
    private final int bytesPerSample;
    private final boolean bigEndian;
    private final boolean unsigned;
    private final float fullScale;

    SampleDecoder(AudioFormat format) {
        this.channels = format.getChannels();
        this.bytesPerSample = format.getSampleSizeInBits() / 8;
        this.bigEndian = format.isBigEndian();
        this.unsigned = format.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED);
        this.fullScale = (float) Math.pow(2, format.getSampleSizeInBits() - 1);
    }

    float mixed(byte[] frame, int offset) {
        float sum = 0;
        for (int c = 0; c < channels; c++) {
            sum += sample(frame, offset + c * bytesPerSample);
        }
        return sum / channels / fullScale;
    }

    private long sample(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < bytesPerSample; i++) {
            int b = bytes[at + (bigEndian ? i : bytesPerSample - 1 - i)] & 0xff;
            value = (value << 8) | b;
        }
        int bits = bytesPerSample * 8;
        if (unsigned) {
            return value - (1L << (bits - 1));
        }
        // Sign-extend from the sample's width.
        return (value << (64 - bits)) >> (64 - bits);
    }
}
