package org.disan.batch.bench.cold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.disan.samples.CorpusGenerator;
import org.disan.samples.CorpusSpec;
import org.disan.samples.FileKind;
import org.disan.samples.PlannedFile;
import org.disan.samples.files.StripedTiffWriter;

/**
 * The submissions the cold benchmark ingests: one small text file, and a mixed collection made by
 * the samples generator (its default mix and metadata sheet) with a few large uncompressed TIFF
 * scans and broken files added, as a museum's delivery would have. Made once per work folder and
 * reused, so that every run reads the same bytes.
 *
 * @param oneFile a folder holding one small text file
 * @param collection the mixed collection
 */
record ColdCollection(Path oneFile, Path collection) {

    static final String LARGE_SCANS = "large-scans";
    static final String BROKEN = "broken";

    /**
     * @param files files the generator writes (the default mix)
     * @param largeScans large TIFF scans added to them
     * @param scanMegabytes pixel bytes of each, in MiB
     */
    record Spec(int files, long seed, int largeScans, int scanMegabytes) {}

    static ColdCollection prepare(Path work, Spec spec) throws IOException {
        Path oneFile = work.resolve("one-file");
        if (!Files.isDirectory(oneFile)) {
            Files.createDirectories(oneFile);
            Files.writeString(oneFile.resolve("note.txt"), "Hà Nội\n", StandardCharsets.UTF_8);
        }
        Path collection = work.resolve("collection-" + spec.files() + "-" + spec.seed() + "-" + spec.largeScans());
        if (!Files.isDirectory(collection) || isEmpty(collection)) {
            CorpusGenerator.generate(collection, CorpusSpec.of(spec.files(), spec.seed()));
            addLargeScans(collection.resolve(LARGE_SCANS), spec);
            addBrokenFiles(collection.resolve(BROKEN), collection);
        }
        return new ColdCollection(oneFile, collection);
    }

    private static void addLargeScans(Path folder, Spec spec) throws IOException {
        Files.createDirectories(folder);
        StripedTiffWriter writer = new StripedTiffWriter((long) spec.scanMegabytes() << 20);
        for (int i = 1; i <= spec.largeScans(); i++) {
            // The writer draws only its tint from the planned file; no catalogue record is needed.
            PlannedFile planned = new PlannedFile(i, FileKind.TIFF, null, null, null, spec.seed() * 31 + i);
            writer.write(planned, folder.resolve("scan-" + i + ".tif"));
        }
    }

    /** Files that claim a type they do not hold, or end early: each must fail alone, with a reason. */
    private static void addBrokenFiles(Path folder, Path collection) throws IOException {
        Files.createDirectories(folder);
        Path pdf = firstWithExtension(collection, ".pdf");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        Files.write(folder.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdfBytes, Math.min(pdfBytes.length, 700)));
        Files.writeString(folder.resolve("not-a-photo.jpg"), "This is not a JPEG.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("empty.docx"), new byte[0]);
        byte[] noise = new byte[64 * 1024];
        new SplittableRandom(7).nextBytes(noise);
        Files.write(folder.resolve("noise.mp3"), noise);
    }

    private static Path firstWithExtension(Path folder, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(extension)).sorted().findFirst()
                    .orElseThrow(() -> new IOException("the generated collection holds no " + extension + " file"));
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }
}
