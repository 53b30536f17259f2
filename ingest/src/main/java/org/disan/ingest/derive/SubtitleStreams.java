package org.disan.ingest.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text subtitle streams inside a video (MP4's {@code mov_text}, Matroska's and WebM's SubRip,
 * WebVTT or ASS), each converted to WebVTT by ffmpeg. Image subtitles (DVD, Blu-ray) hold no
 * words to search and are reported, not converted.
 */
public final class SubtitleStreams {

    /** One stream as WebVTT; {@code language} is the stream's tag ({@code vie}) or {@code null}. */
    public record Stream(int index, String language, byte[] webVtt) {}

    /** The streams read, and what could not be read and why. */
    public record Result(List<Stream> streams, List<String> warnings) {}

    private static final Set<String> TEXT_CODECS = Set.of("mov_text", "subrip", "srt", "webvtt", "ass", "ssa", "text");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final Ffmpeg ffprobe;
    private final Ffmpeg ffmpeg;

    public SubtitleStreams(Ffmpeg ffprobe, Ffmpeg ffmpeg) {
        this.ffprobe = ffprobe;
        this.ffmpeg = ffmpeg;
    }

    public Result read(Path video) throws IOException {
        Ffmpeg.Run listing = ffprobe.run(List.of("-v", "error", "-select_streams", "s", "-show_entries",
                "stream=index,codec_name:stream_tags=language", "-of", "csv=p=0", video.toString()), LIMIT);
        if (!listing.succeeded()) {
            return new Result(List.of(), List.of("subtitle streams cannot be listed: " + listing.detail()));
        }
        List<Stream> streams = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : listing.output().lines().filter(l -> !l.isBlank()).toList()) {
            String[] fields = line.strip().split(",", -1);
            int index;
            try {
                index = Integer.parseInt(fields[0]);
            } catch (NumberFormatException e) {
                continue;
            }
            String codec = fields.length > 1 ? fields[1].toLowerCase(Locale.ROOT) : "";
            String language = fields.length > 2 && !fields[2].isBlank() ? fields[2].strip() : null;
            if (!TEXT_CODECS.contains(codec)) {
                warnings.add("subtitle stream " + index + " (" + codec + ") holds images, not text; not kept as a transcript");
                continue;
            }
            convert(video, index, language, streams, warnings);
        }
        return new Result(streams, warnings);
    }

    private void convert(Path video, int index, String language, List<Stream> streams, List<String> warnings)
            throws IOException {
        Path vtt = Files.createTempFile("disan-subtitles-", ".vtt");
        try {
            Ffmpeg.Run run = ffmpeg.run(List.of("-nostdin", "-v", "error", "-y", "-i", video.toString(),
                    "-map", "0:" + index, "-f", "webvtt", vtt.toString()), LIMIT);
            if (run.succeeded()) {
                streams.add(new Stream(index, language, Files.readAllBytes(vtt)));
            } else {
                warnings.add("subtitle stream " + index + " cannot be converted: " + run.detail());
            }
        } finally {
            Files.deleteIfExists(vtt);
        }
    }
}
