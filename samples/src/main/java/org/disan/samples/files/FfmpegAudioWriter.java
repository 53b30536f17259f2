package org.disan.samples.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.disan.samples.CatalogueRecord;
import org.disan.samples.PlannedFile;

/** An MP3 or Ogg Vorbis recording: synthetic music written as WAV, then encoded and tagged by ffmpeg. */
public final class FfmpegAudioWriter implements SampleWriter {

    private static final int SAMPLE_RATE = 22_050;

    private final Ffmpeg ffmpeg;
    private final List<String> codec;

    private FfmpegAudioWriter(Ffmpeg ffmpeg, List<String> codec) {
        this.ffmpeg = ffmpeg;
        this.codec = codec;
    }

    public static FfmpegAudioWriter mp3(Ffmpeg ffmpeg) {
        return new FfmpegAudioWriter(ffmpeg, List.of("-c:a", "libmp3lame", "-b:a", "96k", "-id3v2_version", "3"));
    }

    public static FfmpegAudioWriter ogg(Ffmpeg ffmpeg) {
        return new FfmpegAudioWriter(ffmpeg, List.of("-c:a", "libvorbis", "-q:a", "3"));
    }

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        long seconds = 1 + random.nextInt(30);
        Path wav = Files.createTempFile("disan-audio", ".wav");
        try {
            WavWriter.stream(wav, SAMPLE_RATE, seconds * SAMPLE_RATE, random);
            CatalogueRecord record = file.record();
            List<String> arguments = new ArrayList<>(List.of("-i", wav.toString()));
            arguments.addAll(codec);
            arguments.addAll(Ffmpeg.tags(record.title(), record.creator(), record.date(), record.identifier()));
            ffmpeg.run(arguments, target);
        } finally {
            Files.deleteIfExists(wav);
        }
    }
}
