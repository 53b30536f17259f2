package org.disan.batch.bench.ingest;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;

/**
 * The unavoidable work of an ingest, each part timed alone with the benchmark's thread count:
 * parsing every file with Tika (the ingest's own configuration, one parser reused, in this
 * process, no OCR), thumbnailing every image with Thumbnailator, and bulk indexing the records.
 * Documents' and recordings' previews are not part of it: they are made on first view, and timed
 * apart ({@link PreviewsOnFirstView}).
 */
final class Floors {

    private static final String TIKA_CONFIG = "/org/disan/ingest/tika-config.xml";
    private static final int SMALL = 200;
    private static final int LARGE = 800;

    private final int threads;

    Floors(int threads) {
        this.threads = threads;
    }

    /** Tika text and metadata of every file, with OCR off. */
    Timed parse(List<Path> files) throws Exception {
        AutoDetectParser parser;
        try (InputStream config = Floors.class.getResourceAsStream(TIKA_CONFIG)) {
            parser = new AutoDetectParser(new TikaConfig(config));
        }
        AtomicInteger failures = new AtomicInteger();
        ParallelTimer.Timing timing = ParallelTimer.time(files, threads, file -> {
            Metadata metadata = new Metadata();
            ParseContext context = new ParseContext();
            TesseractOCRConfig noOcr = new TesseractOCRConfig();
            noOcr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, noOcr);
            try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
                parser.parse(in, new BodyContentHandler(-1), metadata, context);
            }
        }, failures);
        return new Timed(files.size(), timing, failures.get());
    }

    /** The two thumbnail sizes the ingest makes, from one Thumbnailator decode of each image. */
    Timed thumbnail(List<Path> images) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        ParallelTimer.Timing timing = ParallelTimer.time(images, threads, image -> {
            BufferedImage large = Thumbnails.of(image.toFile()).size(LARGE, LARGE).asBufferedImage();
            Thumbnails.of(large).size(LARGE, LARGE).outputFormat("jpg").toOutputStream(OutputStream.nullOutputStream());
            Thumbnails.of(large).size(SMALL, SMALL).outputFormat("jpg").toOutputStream(OutputStream.nullOutputStream());
        }, failures);
        return new Timed(images.size(), timing, failures.get());
    }

    /** Bulk indexing of the records, in the ingest's chunk size, into a fresh index. */
    Timed index(List<ArchiveRecord> records, int chunkSize, Supplier<ArchiveIndex> freshIndex) throws Exception {
        List<List<ArchiveRecord>> chunks = new ArrayList<>();
        for (int from = 0; from < records.size(); from += chunkSize) {
            chunks.add(records.subList(from, Math.min(records.size(), from + chunkSize)));
        }
        AtomicInteger failures = new AtomicInteger();
        try (IndexCloser index = new IndexCloser(freshIndex.get())) {
            ParallelTimer.Timing timing = ParallelTimer.time(chunks, threads, chunk -> index.index().index(chunk), failures);
            return new Timed(records.size(), timing, failures.get());
        }
    }

    /** How long one floor took (wall and CPU seconds), over how many items, and how many items failed. */
    record Timed(int items, double seconds, double cpuSeconds, int failures) {
        Timed(int items, ParallelTimer.Timing timing, int failures) {
            this(items, timing.seconds(), timing.cpuSeconds(), failures);
        }
    }

    private record IndexCloser(ArchiveIndex index) implements AutoCloseable {
        @Override
        public void close() {
            index.close();
        }
    }
}
