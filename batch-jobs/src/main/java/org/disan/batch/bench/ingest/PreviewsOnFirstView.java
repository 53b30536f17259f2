package org.disan.batch.bench.ingest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.disan.ingest.IngestSettings;
import org.disan.ingest.PreviewMaker;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.PreviewType;
import org.disan.ingest.store.ArchiveStore;

/**
 * What the archive spends when every document and recording is first viewed: the preview of
 * every stored record whose type calls for one (a PDF's first page, a waveform, a keyframe), made
 * by the web archive's own preview maker with the benchmark's thread count. The ingest no longer
 * makes these; this is timed apart so that their cost stays in sight.
 */
final class PreviewsOnFirstView {

    /**
     * @param previews how many records called for a preview
     * @param notMade how many of those got a note instead (ffmpeg missing, file cannot be decoded)
     */
    record Result(int previews, int notMade, double seconds, double cpuSeconds) {}

    private final int threads;

    PreviewsOnFirstView(int threads) {
        this.threads = threads;
    }

    Result make(ArchiveStore store, List<ArchiveRecord> records) throws InterruptedException {
        List<ArchiveRecord> wanted = records.stream().filter(PreviewMaker::wanted).toList();
        AtomicInteger notMade = new AtomicInteger();
        ParallelTimer.Timing timing;
        try (PreviewMaker previews = new PreviewMaker(store, IngestSettings.defaults().perFileTimeout())) {
            timing = ParallelTimer.time(wanted, threads, record -> {
                ArchiveRecord made = previews.make(record);
                PreviewType type = PreviewType.of(made).orElseThrow();
                if (made.derivative(type.kinds().get(0)).isEmpty()) {
                    throw new IOException("no preview of " + made.id() + ": " + made.previewsNotMade().get(type));
                }
            }, notMade);
        }
        return new Result(wanted.size(), notMade.get(), timing.seconds(), timing.cpuSeconds());
    }
}
