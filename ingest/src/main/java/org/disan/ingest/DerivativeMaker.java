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
import org.apache.tika.metadata.Metadata;
import org.disan.ingest.derive.Ffmpeg;
import org.disan.ingest.derive.MediaPreviews;
import org.disan.ingest.derive.PcmWaveform;
import org.disan.ingest.derive.PdfPageRenderer;
import org.disan.ingest.derive.Thumbnailer;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.store.ArchiveStore;

/**
 * Makes the derivatives a file's type calls for: thumbnails of images, the first page of a PDF,
 * a waveform of a recording, a keyframe of a video. A derivative that cannot be made is a warning
 * on the record, not a failure: the original and its text are still worth keeping.
 */
final class DerivativeMaker {

    /** The derivatives made, and what could not be made and why. */
    record Result(List<Derivative> derivatives, List<String> warnings) {}

    private final Thumbnailer thumbnailer;
    private final PdfPageRenderer pages = PdfPageRenderer.forPageImages();
    private final PcmWaveform pcmWaveform = MediaPreviews.pcmWaveform();
    private final Optional<MediaPreviews> media;
    private final TimeLimiter limiter;

    DerivativeMaker(ArchiveStore store, Optional<Ffmpeg> ffmpeg, TimeLimiter limiter) {
        this.thumbnailer = new Thumbnailer(store);
        this.media = ffmpeg.map(f -> new MediaPreviews(store, f, limiter.limit()));
        this.limiter = limiter;
    }

    Result make(Identification id, Path original, Metadata metadata) throws IOException {
        List<Derivative> made = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            switch (id.majorType()) {
                case "image" -> made.addAll(thumbnailer.thumbnails(id.sha256(), original, orientation(metadata)));
                case "audio" -> waveform(id, original, made, warnings);
                case "video" -> keyframe(id, original, made, warnings);
                default -> {
                    if (id.mimeType().equals("application/pdf")) {
                        firstPage(id, original, made, warnings);
                    }
                }
            }
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            warnings.add("no " + (id.majorType().equals("image") ? "thumbnail" : "preview")
                    + ": the file cannot be decoded (" + e.getMessage() + ")");
        }
        return new Result(made, warnings);
    }

    private void firstPage(Identification id, Path pdf, List<Derivative> made, List<String> warnings)
            throws IOException {
        BufferedImage page;
        try {
            page = limiter.call(() -> pages.firstPage(pdf));
        } catch (TimeoutException e) {
            warnings.add("no page image: rendering took longer than " + limiter.limit().toSeconds() + " s");
            return;
        } catch (ExecutionException e) {
            warnings.add("no page image: " + e.getCause().getMessage());
            return;
        }
        made.add(thumbnailer.fullSize(id.sha256(), page, "page-1.jpg"));
        made.addAll(thumbnailer.thumbnails(id.sha256(), page));
    }

    private void waveform(Identification id, Path recording, List<Derivative> made, List<String> warnings)
            throws IOException {
        if (id.mimeType().contains("wav")) {
            try {
                // Uncompressed samples need no decoder: drawing them here spares an ffmpeg process.
                made.add(thumbnailer.fullSize(id.sha256(), pcmWaveform.draw(recording), MediaPreviews.WAVEFORM_FILE,
                        DerivativeKind.WAVEFORM));
                return;
            } catch (UnsupportedAudioFileException e) {
                // Compressed or float WAV: ffmpeg decodes it below.
            }
        }
        if (media.isEmpty()) {
            warnings.add("no waveform: ffmpeg not installed");
            return;
        }
        MediaPreviews.Preview wave = media.get().waveform(id.sha256(), recording);
        if (wave.derivative() == null) {
            warnings.add("no waveform: " + wave.problem());
        } else {
            made.add(wave.derivative());
        }
    }

    private void keyframe(Identification id, Path video, List<Derivative> made, List<String> warnings)
            throws IOException {
        if (media.isEmpty()) {
            warnings.add("no keyframe: ffmpeg not installed");
            return;
        }
        MediaPreviews.Preview key = media.get().keyframe(id.sha256(), video);
        if (key.derivative() == null) {
            warnings.add("no keyframe: " + key.problem());
            return;
        }
        made.add(key.derivative());
        BufferedImage frame = ImageIO.read(key.file().toFile());
        if (frame != null) {
            made.addAll(thumbnailer.thumbnails(id.sha256(), frame));
        }
    }

    private static int orientation(Metadata metadata) {
        String value = metadata.get("tiff:Orientation");
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
