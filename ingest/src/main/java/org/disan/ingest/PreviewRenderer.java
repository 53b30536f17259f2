package org.disan.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.disan.ingest.derive.Ffmpeg;
import org.disan.ingest.derive.MediaPreviews;
import org.disan.ingest.derive.PcmWaveform;
import org.disan.ingest.derive.PdfPageRenderer;
import org.disan.ingest.derive.Thumbnailer;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.PreviewType;
import org.disan.ingest.store.ArchiveStore;

/**
 * Draws a preview from an original and stores its files in the object's folder: a PDF's first
 * page with its thumbnails, a recording's waveform, a video's keyframe with its thumbnails. A
 * preview that cannot be made is a reason given, not a failure.
 */
final class PreviewRenderer {

    /**
     * What drawing a preview left.
     *
     * @param derivatives the files made and stored
     * @param notMadeBecause why the preview cannot be made, if it cannot
     */
    record Drawn(List<Derivative> derivatives, Optional<String> notMadeBecause) {}

    private final Thumbnailer thumbnailer;
    private final PdfPageRenderer pages = PdfPageRenderer.forPageImages();
    private final PcmWaveform pcmWaveform = MediaPreviews.pcmWaveform();
    private final Optional<MediaPreviews> media;
    private final TimeLimiter limiter;

    PreviewRenderer(ArchiveStore store, Optional<Ffmpeg> ffmpeg, TimeLimiter limiter) {
        this.thumbnailer = new Thumbnailer(store);
        this.media = ffmpeg.map(f -> new MediaPreviews(store, f, limiter.limit()));
        this.limiter = limiter;
    }

    /**
     * @throws FileSystemException when the store cannot be written or the original read
     */
    Drawn render(PreviewType type, String id, String mimeType, Path original) throws IOException {
        List<Derivative> made = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        try {
            switch (type) {
                case PAGE_IMAGE -> firstPage(id, original, made, reasons);
                case WAVEFORM -> waveform(id, mimeType, original, made, reasons);
                case KEYFRAME -> keyframe(id, original, made, reasons);
            }
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            reasons.add("the file cannot be decoded (" + e.getMessage() + ")");
        }
        // A message-less exception still leaves a reason ("null", as ever).
        return new Drawn(made, reasons.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(reasons.get(0))));
    }

    private void firstPage(String id, Path pdf, List<Derivative> made, List<String> reasons) throws IOException {
        BufferedImage page;
        try {
            page = limiter.call(() -> pages.firstPage(pdf));
        } catch (TimeoutException e) {
            reasons.add("rendering took longer than " + limiter.limit().toSeconds() + " s");
            return;
        } catch (ExecutionException e) {
            reasons.add(e.getCause().getMessage());
            return;
        }
        made.add(thumbnailer.fullSize(id, page, "page-1.jpg"));
        made.addAll(thumbnailer.thumbnails(id, page));
    }

    private void waveform(String id, String mimeType, Path recording, List<Derivative> made, List<String> reasons)
            throws IOException {
        if (mimeType.contains("wav")) {
            try {
                // Uncompressed samples need no decoder: drawing them here spares an ffmpeg process.
                made.add(thumbnailer.fullSize(id, pcmWaveform.draw(recording), MediaPreviews.WAVEFORM_FILE,
                        DerivativeKind.WAVEFORM));
                return;
            } catch (UnsupportedAudioFileException e) {
                // Compressed or float WAV: ffmpeg decodes it below.
            }
        }
        if (media.isEmpty()) {
            reasons.add("ffmpeg not installed");
            return;
        }
        MediaPreviews.Preview wave = media.get().waveform(id, recording);
        if (wave.derivative() == null) {
            reasons.add(wave.problem());
        } else {
            made.add(wave.derivative());
        }
    }

    private void keyframe(String id, Path video, List<Derivative> made, List<String> reasons) throws IOException {
        if (media.isEmpty()) {
            reasons.add("ffmpeg not installed");
            return;
        }
        MediaPreviews.Preview key = media.get().keyframe(id, video);
        if (key.derivative() == null) {
            reasons.add(key.problem());
            return;
        }
        made.add(key.derivative());
        BufferedImage frame = ImageIO.read(key.file().toFile());
        if (frame != null) {
            made.addAll(thumbnailer.thumbnails(id, frame));
        }
    }
}
