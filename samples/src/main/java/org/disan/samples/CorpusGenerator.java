package org.disan.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.disan.samples.files.Ffmpeg;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a synthetic heritage collection: N files in a realistic mix, a metadata.csv and a
 * corpus-manifest.json, byte for byte the same for the same seed.
 * <pre>java -cp … org.disan.samples.CorpusGenerator --out DIR --count N --seed S [--large]</pre>
 */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
        description = "Generates a deterministic synthetic heritage collection for benchmarks and memory tests.")
public final class CorpusGenerator implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Folder to write to; must be empty or absent.")
    private Path out;

    @Option(names = "--count", defaultValue = "1000", description = "Number of ordinary files (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", description = "Writer threads (default: number of processors).")
    private Integer threads;

    @Option(names = "--large", description = "Also write a very large TIFF, a long WAV and a long PDF under large/.")
    private boolean large;

    @Option(names = "--large-tiff-mb", defaultValue = "1024", description = "Uncompressed pixel MiB of the large TIFF (default: ${DEFAULT-VALUE}).")
    private long largeTiffMb;

    @Option(names = "--large-wav-minutes", defaultValue = "120", description = "Minutes of the large WAV (default: ${DEFAULT-VALUE}).")
    private long largeWavMinutes;

    @Option(names = "--large-wav-rate", defaultValue = "22050", description = "Sample rate of the large WAV (default: ${DEFAULT-VALUE}).")
    private int largeWavRate;

    @Option(names = "--large-pdf-pages", defaultValue = "500", description = "Pages of the large PDF (default: ${DEFAULT-VALUE}).")
    private int largePdfPages;

    public static void main(String[] args) {
        // POI logs through the Log4j API; without a provider it prints a warning on every run.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(new CommandLine(new CorpusGenerator()).execute(args));
    }

    /** Writes the collection described by {@code spec} into {@code out} (empty or absent) and returns its manifest. */
    public static CorpusManifest generate(Path out, CorpusSpec spec) throws IOException {
        return generate(out, spec, Ffmpeg.locate());
    }

    static CorpusManifest generate(Path out, CorpusSpec spec, Optional<Ffmpeg> ffmpeg) throws IOException {
        prepareEmptyFolder(out);
        SampleWriters writers = new SampleWriters(ffmpeg);
        List<String> notes = new ArrayList<>();
        Map<FileKind, Double> mix = new EnumMap<>(spec.mix());
        for (FileKind kind : spec.mix().keySet()) {
            if (mix.get(kind) > 0 && !writers.supports(kind)) {
                mix.remove(kind);
                notes.add("ffmpeg not found on PATH: no " + kind + " files; their share went to the other kinds");
            }
        }
        if (mix.values().stream().noneMatch(weight -> weight > 0)) {
            throw new IllegalArgumentException("nothing left to generate: every kind in the mix needs ffmpeg, which is not installed");
        }
        List<PlannedFile> plan = CorpusPlanner.plan(spec, mix);
        List<ParallelFileWriter.Job> jobs = new ArrayList<>();
        plan.forEach(file -> jobs.add(new ParallelFileWriter.Job(file, writers.forKind(file.kind()))));
        if (spec.large() != null) {
            jobs.addAll(LargeFiles.jobs(spec, spec.large()));
        }
        List<ManifestEntry> entries = ParallelFileWriter.writeAll(out, jobs, spec.threads());
        MetadataSheet.write(out, jobs.stream().map(job -> job.file().record()).toList());
        CorpusManifest manifest = new CorpusManifest(spec.seed(), spec.count(), entries, notes);
        manifest.write(out);
        return manifest;
    }

    @Override
    public Integer call() {
        try {
            CorpusSpec spec = spec();
            long start = System.nanoTime();
            CorpusManifest manifest = generate(out, spec);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Generated %d files (%.1f MB) in %s in %.1f s with %d threads%n",
                    manifest.files().size(), manifest.totalBytes() / 1e6, out, seconds, spec.threads());
            manifest.countsByKind().forEach((kind, n) -> System.out.printf("  %-12s %6d%n", kind, n));
            manifest.notes().forEach(note -> System.out.println("Note: " + note));
            return 0;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("Could not generate the collection: " + e.getMessage());
            return 1;
        }
    }

    private CorpusSpec spec() {
        CorpusSpec spec = CorpusSpec.of(count, seed);
        if (threads != null) {
            spec = spec.withThreads(threads);
        }
        if (large) {
            spec = spec.withLarge(new LargeFilesSpec(largeTiffMb << 20, largeWavMinutes * 60, largeWavRate, largePdfPages));
        }
        return spec;
    }

    private static void prepareEmptyFolder(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new IllegalArgumentException("output folder " + out + " is not empty; give an empty or new folder");
                }
            }
        }
        Files.createDirectories(out);
    }
}
