package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.disan.samples.files.Ffmpeg;
import org.junit.jupiter.api.Test;

class AudioVideoFilesTest {

    @Test
    void wavFilesAreMono16BitPcmOfOneToThirtySeconds() throws IOException, UnsupportedAudioFileException {
        for (Path wav : SmallCorpus.files(FileKind.WAV)) {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
            AudioFormat audio = format.getFormat();
            assertThat(format.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
            assertThat(audio.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(audio.getSampleSizeInBits()).isEqualTo(16);
            assertThat(audio.getChannels()).isEqualTo(1);
            assertThat(audio.isBigEndian()).isFalse();
            assertThat(audio.getSampleRate()).isIn(22_050f, 44_100f);
            assertThat(format.getFrameLength() / audio.getSampleRate()).isBetween(1f, 30f);
            assertThat(Files.size(wav)).isEqualTo(44 + 2L * format.getFrameLength());
        }
    }

    @Test
    void ffmpegFilesAreTaggedRecordingsAndFilms() throws IOException, InterruptedException {
        assertThat(Ffmpeg.locate()).as("ffmpeg (batch-jobs/bin/setup-machine installs it)").isPresent();
        Map<FileKind, String> containers = Map.of(FileKind.MP3, "mp3", FileKind.OGG, "ogg", FileKind.MP4, "mov,mp4,m4a,3gp,3g2,mj2");
        for (FileKind kind : List.of(FileKind.MP3, FileKind.OGG, FileKind.MP4)) {
            for (Path file : SmallCorpus.files(kind)) {
                // when ffprobe reads the container
                String probe = ffprobe(file, "format=format_name,duration:format_tags=title:stream_tags=title");

                // then it is the right container, lasts a while, and carries the catalogue title
                assertThat(probe).as(file.toString()).contains("format_name=" + containers.get(kind));
                assertThat(probe).contains("title=" + SmallCorpus.recordOf(file).get("title"));
                double duration = Double.parseDouble(probe.replaceAll("(?s).*duration=([0-9.]+).*", "$1"));
                assertThat(duration).isBetween(0.9, 31.0);
            }
        }
    }

    private static String ffprobe(Path file, String entries) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", entries, "-of", "default=nw=1", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
