package org.disan.samples;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What to generate: how many files, from which seed, in which proportions, with how many threads,
 * and optionally the oversized files for memory tests ({@code large} may be null).
 */
public record CorpusSpec(int count, long seed, Map<FileKind, Double> mix, LargeFilesSpec large, int threads) {

    public CorpusSpec {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        EnumMap<FileKind, Double> copy = new EnumMap<>(FileKind.class);
        copy.putAll(mix);
        if (copy.values().stream().anyMatch(weight -> weight == null || weight < 0 || weight.isNaN())) {
            throw new IllegalArgumentException("mix weights must be non-negative numbers: " + mix);
        }
        if (copy.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("mix needs at least one positive weight: " + mix);
        }
        mix = Collections.unmodifiableMap(copy);
    }

    /** The default heritage mix: mostly documents and photographs, some recordings, a little video. */
    public static Map<FileKind, Double> defaultMix() {
        EnumMap<FileKind, Double> mix = new EnumMap<>(FileKind.class);
        mix.put(FileKind.TEXT_PDF, 35.0);
        mix.put(FileKind.SCANNED_PDF, 5.0);
        mix.put(FileKind.DOCX, 10.0);
        mix.put(FileKind.JPEG, 22.0);
        mix.put(FileKind.TIFF, 3.0);
        mix.put(FileKind.PNG, 5.0);
        mix.put(FileKind.WAV, 6.0);
        mix.put(FileKind.MP3, 6.0);
        mix.put(FileKind.OGG, 3.0);
        mix.put(FileKind.MP4, 2.0);
        mix.put(FileKind.TEXT, 2.0);
        mix.put(FileKind.HTML, 1.0);
        return mix;
    }

    public static CorpusSpec of(int count, long seed) {
        return new CorpusSpec(count, seed, defaultMix(), null, Runtime.getRuntime().availableProcessors());
    }

    public CorpusSpec withMix(Map<FileKind, Double> newMix) {
        return new CorpusSpec(count, seed, newMix, large, threads);
    }

    public CorpusSpec withLarge(LargeFilesSpec newLarge) {
        return new CorpusSpec(count, seed, mix, newLarge, threads);
    }

    public CorpusSpec withThreads(int newThreads) {
        return new CorpusSpec(count, seed, mix, large, newThreads);
    }
}
