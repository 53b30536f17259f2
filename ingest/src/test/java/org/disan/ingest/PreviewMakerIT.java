package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.disan.ingest.derive.Ffmpeg;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.PreviewType;
import org.disan.ingest.store.ArchiveStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waveforms and keyframes drawn by ffmpeg (which the build machine installs), from good and damaged files. */
class PreviewMakerIT {

    @TempDir
    Path data;

    @TempDir
    Path in;

    Ffmpeg ffmpeg;
    ArchiveStore store;
    PreviewMaker previews;

    @BeforeEach
    void start() {
        ffmpeg = Ffmpeg.located().orElseThrow(() -> new AssertionError(
                "ffmpeg draws the previews and encodes the test files (batch-jobs/bin/setup-machine installs it)"));
        store = new ArchiveStore(data.resolve("store"));
        previews = new PreviewMaker(store, Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (previews != null) {
            previews.close();
        }
    }

    @Test
    void anMp3GetsAWaveformPng() throws IOException {
        ArchiveRecord stored = StoredOriginals.store(store, encode("ca-tru.mp3", "-f", "lavfi", "-i",
                "sine=frequency=330:duration=2:sample_rate=22050"), "audio/mpeg");

        ArchiveRecord made = previews.make(stored);

        Derivative wave = made.derivative(DerivativeKind.WAVEFORM).orElseThrow();
        assertThat(wave.path()).endsWith("/waveform.png");
        assertThat(wave.mimeType()).isEqualTo("image/png");
        assertThat(ImageIO.read(store.resolve(wave.path()).toFile()).getWidth()).isEqualTo(1200);
        assertThat(made.notes()).isEmpty();
        assertThat(store.read(stored.id())).contains(made);
    }

    @Test
    void anMp4GetsAKeyframeJpegAndThumbnailsOfIt() throws IOException {
        ArchiveRecord stored = StoredOriginals.store(store, video("pho-co.mp4"), "video/mp4");

        ArchiveRecord made = previews.make(stored);

        Derivative key = made.derivative(DerivativeKind.KEYFRAME).orElseThrow();
        assertThat(key.path()).endsWith("/keyframe.jpg");
        assertThat(key.mimeType()).isEqualTo("image/jpeg");
        assertThat(key.width()).isEqualTo(320);
        assertThat(ImageIO.read(store.resolve(key.path()).toFile()).getHeight()).isEqualTo(240);
        assertThat(made.derivative(DerivativeKind.THUMBNAIL_SMALL).orElseThrow().width()).isEqualTo(200);
        assertThat(made.derivative(DerivativeKind.THUMBNAIL_LARGE)).isPresent();
    }

    @Test
    void aDamagedMp3GetsARecordedWarningAndNoWaveform() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Path damaged = Files.write(in.resolve("hong.mp3"), noise);
        ArchiveRecord stored = StoredOriginals.store(store, damaged, "audio/mpeg");

        ArchiveRecord made = previews.make(stored);

        assertThat(made.derivatives()).isEmpty();
        assertThat(made.previewsNotMade()).containsOnlyKeys(PreviewType.WAVEFORM);
        assertThat(store.read(stored.id())).contains(made);
        assertThat(previews.make(stored)).isEqualTo(made);
        assertThat(objectFolder(stored)).isDirectoryNotContaining("glob:**.png");
    }

    @Test
    void aTruncatedMp4GetsARecordedWarningAndNoKeyframe() throws IOException {
        Path damaged = TestFiles.truncated(video("whole.mp4"), in.resolve("cat-do.mp4"));
        ArchiveRecord stored = StoredOriginals.store(store, damaged, "video/mp4");

        ArchiveRecord made = previews.make(stored);

        assertThat(made.derivatives()).isEmpty();
        assertThat(made.previewsNotMade()).containsOnlyKeys(PreviewType.KEYFRAME);
        assertThat(store.read(stored.id())).contains(made);
        assertThat(objectFolder(stored)).isDirectoryNotContaining("glob:**.jpg");
    }

    private Path video(String name) throws IOException {
        return encode(name, "-f", "lavfi", "-i", "testsrc=duration=2:size=320x240:rate=10", "-pix_fmt", "yuv420p");
    }

    private Path encode(String name, String... input) throws IOException {
        Path file = in.resolve(name);
        List<String> arguments = new ArrayList<>(List.of("-nostdin", "-loglevel", "error", "-y"));
        arguments.addAll(List.of(input));
        arguments.add(file.toString());
        Ffmpeg.Run run = ffmpeg.run(arguments, Duration.ofSeconds(60));
        assertThat(run.succeeded()).as(run.detail()).isTrue();
        return file;
    }

    private Path objectFolder(ArchiveRecord record) {
        return store.originalPath(record).getParent();
    }
}
