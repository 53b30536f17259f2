package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.disan.ingest.derive.Ffmpeg;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.PreviewType;
import org.disan.ingest.store.ArchiveStore;

/**
 * Makes a stored record's preview (a PDF's first page, a recording's waveform, a video's keyframe)
 * when it is first wanted, from the original in the store, and keeps it: the files go into the
 * record's folder and the record is written back listing them, or saying why the preview cannot
 * be made ({@link ArchiveRecord#previewsNotMade()}), so that it is not tried again. Safe to call from several threads at
 * once; two calls for one record make its preview once, the second waits and finds it made.
 */
public final class PreviewMaker implements AutoCloseable {

    private final ArchiveStore store;
    private final TimeLimiter limiter;
    private final PreviewRenderer renderer;
    private final LockPerKey inFlight = new LockPerKey();
    /**
     * A results page of twenty documents not viewed before asks for twenty previews at once; drawing
     * more of them at a time than there are cores only makes each slower and fills the memory.
     */
    private final Semaphore drawing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** @param limit how long drawing one preview may take before it is given up */
    public PreviewMaker(ArchiveStore store, Duration limit) {
        this(store, limit, Ffmpeg.located());
    }

    /** As {@link #PreviewMaker(ArchiveStore, Duration)}, drawing recordings with the given ffmpeg, if any. */
    public PreviewMaker(ArchiveStore store, Duration limit, Optional<Ffmpeg> ffmpeg) {
        this.store = store;
        this.limiter = new TimeLimiter(limit);
        this.renderer = new PreviewRenderer(store, ffmpeg, limiter);
    }

    /**
     * The record as stored once its preview has been made or found impossible. A record whose type
     * calls for no preview, or that has its preview, comes back as it is stored; a record whose
     * original is not in the store comes back unchanged.
     *
     * @throws IOException when the store cannot be read or written
     */
    public ArchiveRecord make(ArchiveRecord record) throws IOException {
        Optional<PreviewType> type = PreviewType.of(record);
        if (type.isEmpty() || type.get().settled(record)) {
            return record;
        }
        return inFlight.run(record.id(), () -> {
            // Read again under the lock: another thread may have made it meanwhile.
            ArchiveRecord stored = store.read(record.id()).orElse(record);
            if (type.get().settled(stored)) {
                return stored;
            }
            Path original = store.originalPath(stored);
            if (!Files.isRegularFile(original)) {
                return stored;
            }
            ArchiveRecord updated = withPreview(stored, type.get(), draw(type.get(), stored, original));
            store.writeRecord(updated);
            return updated;
        });
    }

    private PreviewRenderer.Drawn draw(PreviewType type, ArchiveRecord record, Path original) throws IOException {
        drawing.acquireUninterruptibly();
        try {
            return renderer.render(type, record.id(), record.technical().mimeType(), original);
        } finally {
            drawing.release();
        }
    }

    /** Whether {@link #make} would draw something for this record. */
    public static boolean wanted(ArchiveRecord record) {
        return PreviewType.of(record).filter(type -> !type.settled(record)).isPresent();
    }

    private static ArchiveRecord withPreview(ArchiveRecord record, PreviewType type, PreviewRenderer.Drawn drawn) {
        List<Derivative> derivatives = new ArrayList<>(record.derivatives());
        List<DerivativeKind> kinds = drawn.derivatives().stream().map(Derivative::kind).toList();
        derivatives.removeIf(d -> kinds.contains(d.kind()));
        derivatives.addAll(drawn.derivatives());
        Map<PreviewType, String> notMade = new EnumMap<>(PreviewType.class);
        notMade.putAll(record.previewsNotMade());
        drawn.notMadeBecause().ifPresent(reason -> notMade.put(type, reason));
        return record.withPreviews(derivatives, notMade);
    }

    @Override
    public void close() {
        limiter.close();
    }
}
