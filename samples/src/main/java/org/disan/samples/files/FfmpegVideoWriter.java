package org.disan.samples.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.disan.samples.CatalogueRecord;
import org.disan.samples.PlannedFile;

/** A short H.264/AAC MP4 from ffmpeg's test pattern and a tone; one encoder thread keeps it repeatable. */
public final class FfmpegVideoWriter implements SampleWriter {

    private static final String[] SIZES = {"320x240", "480x360", "640x360", "1280x720"};

    private final Ffmpeg ffmpeg;

    public FfmpegVideoWriter(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        int seconds = 2 + random.nextInt(7);
        String size = SIZES[random.nextInt(SIZES.length)];
        int tone = 220 + random.nextInt(440);
        CatalogueRecord record = file.record();
        List<String> arguments = new ArrayList<>(List.of(
                "-f", "lavfi", "-i", String.format(Locale.ROOT, "testsrc2=size=%s:rate=25:duration=%d", size, seconds),
                "-f", "lavfi", "-i", String.format(Locale.ROOT, "sine=frequency=%d:sample_rate=44100:duration=%d", tone, seconds),
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-threads", "1",
                "-c:a", "aac", "-b:a", "96k", "-shortest"));
        arguments.addAll(Ffmpeg.tags(record.title(), record.creator(), record.date(), record.identifier()));
        ffmpeg.run(arguments, target);
    }
}
