package org.disan.ingest.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.store.ArchiveStore;

/** A waveform picture of a recording and a keyframe of a video, drawn by ffmpeg. */
public final class MediaPreviews {

    /** A derivative made, or why not. */
    public record Preview(Derivative derivative, Path file, String problem) {}

    private static final int WAVE_WIDTH = 1200;
    private static final int WAVE_HEIGHT = 240;
    private static final String WAVE_COLOR = "#2b4c7e";
    /** The waveform's file name in the object's folder. */
    public static final String WAVEFORM_FILE = "waveform.png";

    /** Draws the same picture as {@link #waveform} for PCM recordings, in this JVM. */
    public static PcmWaveform pcmWaveform() {
        return new PcmWaveform(WAVE_WIDTH, WAVE_HEIGHT, java.awt.Color.decode(WAVE_COLOR));
    }

    private final ArchiveStore store;
    private final Ffmpeg ffmpeg;
    private final Duration limit;

    public MediaPreviews(ArchiveStore store, Ffmpeg ffmpeg, Duration limit) {
        this.store = store;
        this.ffmpeg = ffmpeg;
        this.limit = limit;
    }

    public Preview waveform(String id, Path recording) throws IOException {
        return make(id, recording, WAVEFORM_FILE, DerivativeKind.WAVEFORM, "image/png", waveformArguments(recording));
    }

    public Preview keyframe(String id, Path video) throws IOException {
        return make(id, video, "keyframe.jpg", DerivativeKind.KEYFRAME, "image/jpeg", keyframeArguments(video));
    }

    /** ffmpeg's arguments for a recording's waveform picture, all but the output file. */
    private static List<String> waveformArguments(Path recording) {
        return List.of("-nostdin", "-loglevel", "error", "-y", "-i", recording.toAbsolutePath().toString(),
                "-filter_complex",
                "aformat=channel_layouts=mono,showwavespic=s=" + WAVE_WIDTH + "x" + WAVE_HEIGHT + ":colors=" + WAVE_COLOR,
                "-frames:v", "1");
    }

    /** ffmpeg's arguments for a video's first keyframe as JPEG, all but the output file. */
    private static List<String> keyframeArguments(Path video) {
        return List.of("-nostdin", "-loglevel", "error", "-y", "-skip_frame", "nokey",
                "-i", video.toAbsolutePath().toString(), "-frames:v", "1", "-vsync", "vfr", "-q:v", "3");
    }

    private Preview make(String id, Path input, String name, DerivativeKind kind, String mimeType,
            List<String> arguments) throws IOException {
        Path temp = store.newTempFile(id, name.substring(name.lastIndexOf('.')));
        try {
            List<String> withOutput = new java.util.ArrayList<>(arguments);
            withOutput.add(temp.toString());
            Ffmpeg.Run run = ffmpeg.run(withOutput, limit);
            if (!run.succeeded() || Files.size(temp) == 0) {
                return new Preview(null, null, run.detail().isEmpty() ? "ffmpeg wrote nothing" : run.detail());
            }
            java.awt.Dimension size = ImageSize.of(temp);
            String path = store.commit(id, temp, name);
            return new Preview(new Derivative(kind, path, mimeType, size.width, size.height), store.resolve(path), null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
