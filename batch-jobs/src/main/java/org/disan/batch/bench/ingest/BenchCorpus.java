package org.disan.batch.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.disan.samples.CorpusGenerator;
import org.disan.samples.CorpusSpec;

/**
 * The files a benchmark ingests: a folder made by the samples generator, generated on demand or
 * reused, so that every run of a comparison reads the same bytes.
 *
 * @param images the photographs among them (what the thumbnail floor decodes)
 * @param pdfs the PDFs (whose first page is rendered on first view)
 * @param recordings the sound recordings (which get a waveform on first view)
 * @param videos the videos (which get a keyframe on first view)
 */
record BenchCorpus(Path folder, List<Path> files, List<Path> images, List<Path> pdfs, List<Path> recordings,
        List<Path> videos, long bytes) {

    /** The metadata sheet is read with the files, not ingested as one (the generator's manifest is). */
    private static final Set<String> NOT_INGESTED = Set.of("metadata.csv");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "tif", "tiff");
    private static final Set<String> PDF_EXTENSIONS = Set.of("pdf");
    private static final Set<String> RECORDING_EXTENSIONS = Set.of("wav", "mp3", "ogg", "flac");
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "mkv", "webm");

    /** Generates {@code count} files from {@code seed} into {@code folder} unless it already holds a collection. */
    static BenchCorpus prepare(Path folder, int count, long seed) throws IOException {
        if (!Files.isDirectory(folder) || isEmpty(folder)) {
            CorpusGenerator.generate(folder, CorpusSpec.of(count, seed));
        }
        return read(folder);
    }

    static BenchCorpus read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !NOT_INGESTED.contains(file.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        long bytes = files.stream().mapToLong(BenchCorpus::size).sum();
        return new BenchCorpus(folder, files, withExtension(files, IMAGE_EXTENSIONS), withExtension(files, PDF_EXTENSIONS),
                withExtension(files, RECORDING_EXTENSIONS), withExtension(files, VIDEO_EXTENSIONS), bytes);
    }

    /**
     * Links (or copies) every n-th file into {@code folder}, up to {@code count} files spread over
     * the whole collection: a warm-up that loads every parser and renderer once before timing.
     */
    BenchCorpus sample(Path target, int count) throws IOException {
        Files.createDirectories(target);
        int step = Math.max(1, files.size() / Math.max(1, count));
        for (int i = 0; i < files.size() && i / step < count; i += step) {
            Path source = files.get(i);
            Path copy = target.resolve(folder.relativize(source).toString().replace('/', '-'));
            try {
                Files.createLink(copy, source);
            } catch (IOException e) {
                // another disk, or a file system without hard links: a copy does as well
                Files.copy(source, copy);
            }
        }
        return read(target);
    }

    private static List<Path> withExtension(List<Path> files, Set<String> extensions) {
        return files.stream().filter(file -> {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        }).toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }
}
