package org.disan.batch.bench.iiif;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.disan.batch.bench.search.Latencies;
import org.disan.batch.web.iiif.ImageRenderer;
import org.disan.ingest.image.ImageRegionSource;
import org.disan.ingest.image.PdfPages;
import org.disan.ingest.image.RasterRegionSource;
import org.disan.ingest.image.ReducedCopySource;
import org.disan.samples.CorpusGenerator;
import org.disan.samples.CorpusSpec;
import org.disan.samples.LargeFilesSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code disan bench iiif}: Image API tile latency on the generator's 1 GB TIFF and 500-page PDF,
 * cold (the first request of each tile, reduced copy included) and cached (the same tiles again),
 * through the renderer and tile cache the Image API uses, without HTTP. Run it with
 * {@code -Xmx512m} to see that memory stays bounded: the peak heap is reported.
 */
@Command(name = "iiif", mixinStandardHelpOptions = true,
        description = "Measure IIIF tile latency on a 1 GB TIFF and a 500-page PDF, cold and cached.")
public class IiifBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", defaultValue = "target/bench/iiif-corpus",
            description = "Folder with the generator's large files; generated when missing (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Option(names = "--tiles", defaultValue = "80", description = "Tiles asked of each file (default: ${DEFAULT-VALUE}).")
    private int tiles;

    @Option(names = "--seed", defaultValue = "20", description = "Seed of the tiles drawn (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path large = corpus.resolve("large");
        if (!Files.isDirectory(large)) {
            out.println("Generating a 1 GB TIFF and a 500-page PDF in " + corpus + " ...");
            out.flush();
            CorpusGenerator.generate(corpus, CorpusSpec.of(1, 1).withLarge(new LargeFilesSpec(1024L << 20, 60, 8000, 500)));
        }
        Path cache = Files.createTempDirectory("disan-bench-iiif");
        ImageRenderer renderer = new ImageRenderer();
        out.printf(Locale.ROOT, "%-34s %6s %9s %9s %9s%n", "tiles", "count", "p50 ms", "p95 ms", "max ms");
        Path tiff = find(large, ".tif");
        run(out, renderer, "1 GB TIFF", ReducedCopySource.of(RasterRegionSource.open(tiff), cache.resolve("tiff")),
                cache.resolve("tiff"));
        try (PdfPages pdf = PdfPages.open(find(large, ".pdf"))) {
            SplittableRandom pages = new SplittableRandom(seed);
            for (int round = 0; round < 4; round++) {
                int page = 1 + pages.nextInt(pdf.count());
                run(out, renderer, "PDF page " + page + " of " + pdf.count(), pdf.page(page), cache.resolve("pdf-" + page));
            }
        }
        out.printf(Locale.ROOT, "max heap %d MB; heap used at most %d MB (sum of the pools' peaks)%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeapBytes() >> 20);
        return 0;
    }

    private void run(PrintWriter out, ImageRenderer renderer, String name, ImageRegionSource image, Path cache)
            throws IOException {
        // Each tile once: a tile drawn twice would be a cached answer counted as cold.
        List<TileSample> sample = TileSample.draw(image.width(), image.height(), tiles, new SplittableRandom(seed))
                .stream().distinct().toList();
        Latencies cold = new Latencies();
        Latencies cached = new Latencies();
        for (Latencies phase : List.of(cold, cached)) {
            for (TileSample tile : sample) {
                long start = System.nanoTime();
                renderer.render(image, cache, tile.region(), tile.size(), "0", "default.jpg").getContentAsByteArray();
                phase.add(System.nanoTime() - start);
            }
        }
        print(out, name + ", cold", cold.summary());
        print(out, name + ", cached", cached.summary());
        out.flush();
    }

    private static void print(PrintWriter out, String name, Latencies.Summary summary) {
        out.printf(Locale.ROOT, "%-34s %6d %9.1f %9.1f %9.1f%n", name, summary.samples(), summary.p50Millis(),
                summary.p95Millis(), summary.maxMillis());
    }

    private static Path find(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(extension)).findFirst()
                    .orElseThrow(() -> new IOException("no " + extension + " file in " + folder));
        }
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
