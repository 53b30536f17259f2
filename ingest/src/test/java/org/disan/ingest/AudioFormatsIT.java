package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.derive.Ffmpeg;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OGG and FLAC recordings, encoded by ffmpeg (which the build machine installs). */
class AudioFormatsIT {

    @TempDir
    Path data;

    @TempDir
    Path in;

    @ParameterizedTest
    @ValueSource(strings = {"quan-ho.ogg", "quan-ho.flac"})
    void recordingGetsDurationRateTagsAndAWaveformOnFirstView(String name) throws IOException {
        Ffmpeg ffmpeg = Ffmpeg.located().orElseThrow(() -> new AssertionError(
                "ffmpeg encodes the test recordings (batch-jobs/bin/setup-machine installs it)"));
        Path recording = in.resolve(name);
        Ffmpeg.Run made = ffmpeg.run(List.of("-nostdin", "-loglevel", "error", "-y", "-f", "lavfi",
                "-i", "sine=frequency=330:duration=2.5:sample_rate=22050", "-metadata", "title=Quan họ Bắc Ninh",
                "-metadata", "artist=Nghệ nhân Thúy Cải", recording.toString()), Duration.ofSeconds(60));
        assertThat(made.succeeded()).as(made.detail()).isTrue();

        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        IngestOutcome outcome;
        try (FileIngester ingester = new FileIngester(store, IngestSettings.defaults())) {
            outcome = ingester.ingest(new SubmittedFile(recording, name, Files.size(recording), DublinCore.EMPTY,
                    Access.PUBLIC), "museum", null);
        }

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().technical().properties())
                .containsEntry("duration", "2.500")
                .containsEntry("sampleRate", "22050");
        assertThat(outcome.record().dublinCore().title()).isEqualTo("Quan họ Bắc Ninh");
        assertThat(outcome.record().dublinCore().creators()).containsExactly("Nghệ nhân Thúy Cải");
        assertThat(outcome.record().dublinCore().type()).isEqualTo("Sound");
        assertThat(outcome.record().derivatives()).isEmpty();

        Derivative wave;
        try (PreviewMaker previews = new PreviewMaker(store, Duration.ofSeconds(60))) {
            wave = previews.make(outcome.record()).derivative(DerivativeKind.WAVEFORM).orElseThrow();
        }
        assertThat(wave.mimeType()).isEqualTo("image/png");
        assertThat(ImageIO.read(store.resolve(wave.path()).toFile()).getWidth()).isEqualTo(1200);
    }
}
