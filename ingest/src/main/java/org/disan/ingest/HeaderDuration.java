package org.disan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Tika reports no duration for WAV or FLAC, but their headers hold it: frames (samples per
 * channel) divided by the sample rate.
 */
final class HeaderDuration {

    private static final Set<String> WAV_TYPES = Set.of("audio/vnd.wave", "audio/x-wav", "audio/wav");
    private static final Set<String> FLAC_TYPES = Set.of("audio/x-flac", "audio/flac");
    /** "fLaC", a 4-byte block header, then STREAMINFO, whose sample fields end at byte 26. */
    private static final int FLAC_HEADER_BYTES = 26;

    private HeaderDuration() {}

    static Optional<Double> of(Path file, Identification id) {
        try {
            if (WAV_TYPES.contains(id.mimeType())) {
                return wav(file);
            }
            if (FLAC_TYPES.contains(id.mimeType())) {
                return flac(file);
            }
        } catch (IOException | UnsupportedAudioFileException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Double> wav(Path file) throws IOException, UnsupportedAudioFileException {
        AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
        return seconds(format.getFrameLength(), format.getFormat().getFrameRate());
    }

    /** STREAMINFO (FLAC format §8.2): 20-bit sample rate, then 36-bit total samples. */
    private static Optional<Double> flac(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(FLAC_HEADER_BYTES);
        }
        boolean streamInfoFirst = b.length == FLAC_HEADER_BYTES && b[0] == 'f' && b[1] == 'L' && b[2] == 'a'
                && b[3] == 'C' && (b[4] & 0x7F) == 0;
        if (!streamInfoFirst) {
            return Optional.empty();
        }
        int rate = (u(b[18]) << 12) | (u(b[19]) << 4) | (u(b[20]) >> 4);
        long samples = ((long) (u(b[21]) & 0x0F) << 32) | ((long) u(b[22]) << 24) | (u(b[23]) << 16)
                | (u(b[24]) << 8) | u(b[25]);
        return seconds(samples, rate);
    }

    private static Optional<Double> seconds(long frames, float rate) {
        return frames > 0 && rate > 0 ? Optional.of(frames / (double) rate) : Optional.empty();
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
