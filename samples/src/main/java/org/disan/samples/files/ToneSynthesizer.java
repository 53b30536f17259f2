package org.disan.samples.files;

import java.util.SplittableRandom;

/**
 * An endless pentatonic melody (the scale of much Vietnamese folk music) with two overtones, a note
 * envelope and a little background hiss; produced block by block so any duration streams.
 */
final class ToneSynthesizer {

    private static final double[] PENTATONIC = {1.0, 9.0 / 8, 4.0 / 3, 3.0 / 2, 16.0 / 9, 2.0};
    private static final int TABLE_SIZE = 4096;
    private static final double[] SINE = new double[TABLE_SIZE];

    static {
        for (int i = 0; i < TABLE_SIZE; i++) {
            SINE[i] = Math.sin(2 * Math.PI * i / TABLE_SIZE);
        }
    }

    private final SplittableRandom random;
    private final int sampleRate;
    private final double baseFrequency;
    private final double hiss;
    private double phase;
    private double frequency;
    private long noteLength;
    private long notePosition;

    ToneSynthesizer(SplittableRandom random, int sampleRate) {
        this.random = random;
        this.sampleRate = sampleRate;
        this.baseFrequency = 196 + random.nextInt(200);
        this.hiss = 0.01 + random.nextDouble() * 0.04;
        startNote();
    }

    /** Fills {@code samples[0..count)} with the next 16-bit samples. */
    void fill(short[] samples, int count) {
        for (int i = 0; i < count; i++) {
            if (notePosition == noteLength) {
                startNote();
            }
            double envelope = Math.min(1.0, notePosition / (0.01 * sampleRate)) * (1.0 - (double) notePosition / noteLength);
            double tone = sine(phase) * 0.6 + sine(2 * phase) * 0.25 + sine(3 * phase) * 0.1;
            double noise = (random.nextDouble() * 2 - 1) * hiss;
            samples[i] = (short) Math.round((tone * envelope * 0.7 + noise) * Short.MAX_VALUE);
            phase += frequency / sampleRate;
            phase -= Math.floor(phase);
            notePosition++;
        }
    }

    private void startNote() {
        frequency = baseFrequency * PENTATONIC[random.nextInt(PENTATONIC.length)];
        noteLength = (long) (sampleRate * (0.15 + random.nextDouble() * 0.6));
        notePosition = 0;
    }

    private static double sine(double cycles) {
        return SINE[(int) ((cycles - Math.floor(cycles)) * TABLE_SIZE) & (TABLE_SIZE - 1)];
    }
}
