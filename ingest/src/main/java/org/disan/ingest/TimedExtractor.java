package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Runs an extraction within the per-file time limit; an overrun is a failed extraction. */
final class TimedExtractor implements ExtractionStage {

    private final Extractor extractor;
    private final Identifier identifier;
    private final TimeLimiter limiter;

    TimedExtractor(Extractor extractor, Identifier identifier, TimeLimiter limiter) {
        this.extractor = extractor;
        this.identifier = identifier;
        this.limiter = limiter;
    }

    @Override
    public Identification identify(Path file, String fileName) throws IOException {
        return identifier.identify(file, fileName);
    }

    @Override
    public Reading start(Path file, String fileName, Identification id, OcrPlan ocr) {
        TimeLimiter.Limited<Extraction> reading = limiter.start(() -> extractor.extract(file, fileName, id, ocr));
        return () -> outcome(reading, id);
    }

    private Extraction outcome(TimeLimiter.Limited<Extraction> reading, Identification id) {
        try {
            return reading.result();
        } catch (TimeoutException e) {
            return Extraction.failed(FailureKind.TIMEOUT, "reading took longer than " + limiter.limit().toSeconds()
                    + " s (the limit for one file); given up");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return Extraction.failed(FailureKind.OUT_OF_MEMORY, "reading needed more memory than this process has");
            }
            if (cause instanceof InterruptedException) {
                return Extraction.failed(FailureKind.INTERRUPTED, "interrupted while reading");
            }
            return ParseFailures.of(cause, id);
        }
    }

    /** The limiter belongs to the ingester, which closes it. */
    @Override
    public void close() {}
}
