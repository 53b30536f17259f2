package org.disan.ingest.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The waveform drawn from PCM samples follows the loudness of the recording, column by column. */
class PcmWaveformTest {

    private static final Color BLUE = Color.decode("#2b4c7e");

    @TempDir
    Path temp;

    private final PcmWaveform waveform = new PcmWaveform(100, 41, BLUE);

    @Test
    void silenceThenFullScaleIsAFlatLineThenAFullHeightBand() throws Exception {
        // given one second of silence followed by one second of a full-scale square wave, 16-bit mono
        Path wav = wav(new AudioFormat(8000, 16, 1, true, false), 16000, frame -> frame < 8000 ? 0
                : (frame % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE));

        // when its waveform is drawn
        BufferedImage picture = waveform.draw(wav);

        // then the first half is the middle line only and the second half fills the height
        assertThat(picture.getWidth()).isEqualTo(100);
        assertThat(picture.getHeight()).isEqualTo(41);
        assertThat(paintedRows(picture, 10)).isEqualTo(1);
        assertThat(paintedRows(picture, 90)).isEqualTo(41);
        assertThat(picture.getRGB(90, 0)).isEqualTo(BLUE.getRGB());
        assertThat(picture.getRGB(10, 0) >>> 24).as("unpainted pixels are transparent").isZero();
    }

    @Test
    void stereoEightBitUnsignedIsMixedDownToHalfHeightWhenOneChannelIsSilent() throws Exception {
        // given 8-bit unsigned stereo: left channel full scale, right channel silent (128 is zero)
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 8000, 8, 2, 2, 8000, false);
        Path wav = temp.resolve("stereo.wav");
        byte[] pcm = new byte[8000 * 2];
        for (int frame = 0; frame < 8000; frame++) {
            pcm[2 * frame] = (byte) (frame % 2 == 0 ? 255 : 0);
            pcm[2 * frame + 1] = (byte) 128;
        }
        write(format, pcm, 8000, wav);

        // when drawn, then the mix reaches about half way up and down
        int rows = paintedRows(waveform.draw(wav), 50);
        assertThat(rows).isBetween(19, 23);
    }

    @Test
    void aFileThatIsNotPcmIsRefusedSoThatFfmpegCanDrawIt() throws IOException {
        Path notAudio = Files.writeString(temp.resolve("fake.wav"), "not a RIFF file at all");

        assertThatThrownBy(() -> waveform.draw(notAudio)).isInstanceOf(UnsupportedAudioFileException.class);
    }

    private interface Signal {
        int sample(int frame);
    }

    private Path wav(AudioFormat format, int frames, Signal signal) throws IOException {
        byte[] pcm = new byte[frames * 2];
        for (int frame = 0; frame < frames; frame++) {
            int value = signal.sample(frame);
            pcm[2 * frame] = (byte) value;
            pcm[2 * frame + 1] = (byte) (value >> 8);
        }
        return write(format, pcm, frames, temp.resolve("signal.wav"));
    }

    private static Path write(AudioFormat format, byte[] pcm, int frames, Path file) throws IOException {
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static int paintedRows(BufferedImage picture, int column) {
        int rows = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            if (picture.getRGB(column, y) >>> 24 != 0) {
                rows++;
            }
        }
        return rows;
    }
}
