package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.disan.ingest.derive.Ffmpeg;
import org.disan.ingest.derive.SubtitleStreams;
import org.disan.ingest.model.Transcript;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.disan.ingest.submission.TranscriptFile;
import org.disan.ingest.transcript.CueFileReader;
import org.disan.ingest.transcript.CueFormat;
import org.disan.ingest.transcript.Languages;

/**
 * Keeps a recording's transcripts beside its original: the cue files submitted with it, as they
 * were submitted, and the text subtitle streams inside a video, as WebVTT. Each is read into cues;
 * a cue file with unreadable cues is kept with the rest of its cues and a warning per problem
 * (naming the line), and one with none at all is reported and not kept. Never fails the recording.
 */
final class TranscriptKeeper {

    /** The transcripts kept, and the warnings for the record's report. */
    record Result(List<Transcript> transcripts, List<String> warnings) {}

    /** A file with hundreds of broken cues needs a handful of examples, not hundreds of lines. */
    private static final int PROBLEMS_SHOWN = 5;

    private final ArchiveStore store;
    private final LanguageGuesser languages;

    /**
     * Looked up when the first video comes rather than when an ingest starts: asking whether the
     * machine has ffmpeg starts two programs (0.2 s), and most submissions hold no video.
     */
    private static final class Subtitles {
        static final Optional<SubtitleStreams> READER =
                Ffmpeg.probe().flatMap(probe -> Ffmpeg.located().map(ffmpeg -> new SubtitleStreams(probe, ffmpeg)));
    }

    TranscriptKeeper(ArchiveStore store, LanguageGuesser languages) {
        this.store = store;
        this.languages = languages;
    }

    Result keep(Identification id, SubmittedFile file) throws IOException {
        List<Transcript> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (TranscriptFile submitted : file.transcripts()) {
            keepFile(id.sha256(), submitted, kept.size() + 1, warnings).ifPresent(kept::add);
        }
        if (!id.majorType().equals("video")) {
            return new Result(kept, warnings);
        }
        Optional<SubtitleStreams> subtitles = Subtitles.READER;
        if (subtitles.isEmpty()) {
            warnings.add("subtitle streams not read: ffmpeg not installed");
            return new Result(kept, warnings);
        }
        SubtitleStreams.Result streams = subtitles.get().read(file.path());
        warnings.addAll(streams.warnings());
        for (SubtitleStreams.Stream stream : streams.streams()) {
            String language = stream.language() == null ? null : Languages.twoLetter(stream.language());
            keep(id.sha256(), "subtitle stream " + stream.index(), stream.webVtt(), CueFormat.WEBVTT, language,
                    kept.size() + 1, warnings).ifPresent(kept::add);
        }
        return new Result(kept, warnings);
    }

    private Optional<Transcript> keepFile(String id, TranscriptFile submitted, int number, List<String> warnings)
            throws IOException {
        CueFormat format = CueFormat.ofFileName(submitted.relativePath()).orElseThrow();
        long size = Files.size(submitted.path());
        if (size > CueFileReader.MAX_BYTES) {
            warnings.add("transcript '" + submitted.relativePath() + "' is larger than "
                    + CueFileReader.MAX_BYTES / (1024 * 1024) + " MB; not kept");
            return Optional.empty();
        }
        return keep(id, submitted.relativePath(), Files.readAllBytes(submitted.path()), format,
                submitted.language(), number, warnings);
    }

    private Optional<Transcript> keep(String id, String source, byte[] bytes, CueFormat format, String language,
            int number, List<String> warnings) throws IOException {
        CueFileReader.Result read = CueFileReader.read(bytes, format);
        List<String> problems = read.problems();
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> warnings.add("transcript '" + source + "' " + p));
        if (problems.size() > PROBLEMS_SHOWN) {
            warnings.add("transcript '" + source + "': " + (problems.size() - PROBLEMS_SHOWN) + " more problems");
        }
        if (read.cues().isEmpty()) {
            warnings.add("transcript '" + source + "' has no cue that can be read; not kept");
            return Optional.empty();
        }
        String path = write(id, bytes, "transcript-" + number + "." + format.extension());
        Transcript transcript = new Transcript(language, source, path, sha256(bytes), read.cues());
        if (language == null) {
            transcript = new Transcript(languages.guess(transcript.text()).orElse(null), source, path,
                    transcript.sha256(), transcript.cues());
        }
        return Optional.of(transcript);
    }

    private String write(String id, byte[] bytes, String name) throws IOException {
        Path temp = store.newTempFile(id, "." + name);
        try {
            Files.write(temp, bytes);
            return store.commit(id, temp, name);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
