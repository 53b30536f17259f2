package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Tika reports no duration for WAV; the header has it: frames divided by frame rate. */
final class WavDuration {

    private static final Set<String> WAV_TYPES = Set.of("audio/vnd.wave", "audio/x-wav", "audio/wav");

    private WavDuration() {}

    static Optional<Double> of(Path file, Identification id) {
        if (!WAV_TYPES.contains(id.mimeType())) {
            return Optional.empty();
        }
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
            long frames = format.getFrameLength();
            float rate = format.getFormat().getFrameRate();
            if (frames <= 0 || rate <= 0) {
                return Optional.empty();
            }
            return Optional.of(frames / (double) rate);
        } catch (UnsupportedAudioFileException | IOException e) {
            return Optional.empty();
        }
    }
}
