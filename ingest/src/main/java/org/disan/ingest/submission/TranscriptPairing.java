package org.disan.ingest.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.disan.ingest.transcript.CueFormat;
import org.disan.ingest.transcript.Languages;

/**
 * Finds which cue files of a submission belong to which recording: a WebVTT or SubRip file beside a
 * recording with the same base name ({@code phong-van.mp3} and {@code phong-van.vtt}), optionally
 * with a language ({@code phong-van.vi.vtt}, {@code phong-van.en.srt}), or one that the recording's
 * sheet row names in its {@code transcript} column. Such a file becomes part of the recording's
 * record instead of a record of its own; any other cue file stays a file of the submission.
 */
final class TranscriptPairing {

    private static final Set<String> RECORDINGS = Set.of("mp3", "wav", "ogg", "oga", "opus", "flac",
            "m4a", "aac", "wma", "mp4", "m4v", "mkv", "webm", "mov", "avi", "mpg", "mpeg", "ogv", "3gp");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    /** The files that stay files, the cue files attached to each recording, and the problems met. */
    record Paired(List<FolderWalker.Found> files, Map<String, List<TranscriptFile>> byRecording,
            List<String> problems) {}

    private TranscriptPairing() {}

    /**
     * @param named per recording's relative path, the cue files its sheet row names (relative paths)
     */
    static Paired pair(List<FolderWalker.Found> found, Map<String, List<String>> named) {
        Map<String, FolderWalker.Found> byPath = new LinkedHashMap<>();
        found.forEach(f -> byPath.put(f.relativePath(), f));
        Map<String, String> recordingByStem = new HashMap<>();
        for (FolderWalker.Found file : found) {
            if (RECORDINGS.contains(extension(file.relativePath()))) {
                recordingByStem.putIfAbsent(stem(file.relativePath()).toLowerCase(Locale.ROOT), file.relativePath());
            }
        }
        Map<String, List<TranscriptFile>> byRecording = new LinkedHashMap<>();
        Set<String> attached = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        named.forEach((recording, refs) -> {
            for (String ref : refs) {
                FolderWalker.Found cueFile = byPath.get(ref);
                if (cueFile == null || CueFormat.ofFileName(ref).isEmpty()) {
                    problems.add("'" + recording + "': the transcript '" + ref
                            + "' named in the sheet is not a .vtt or .srt file of the submission");
                } else if (attached.add(ref)) {
                    byRecording.computeIfAbsent(recording, k -> new ArrayList<>()).add(transcript(cueFile));
                }
            }
        });
        for (FolderWalker.Found file : found) {
            if (CueFormat.ofFileName(file.relativePath()).isEmpty() || attached.contains(file.relativePath())) {
                continue;
            }
            String recording = recordingFor(file.relativePath(), recordingByStem);
            if (recording != null) {
                attached.add(file.relativePath());
                byRecording.computeIfAbsent(recording, k -> new ArrayList<>()).add(transcript(file));
            }
        }
        List<FolderWalker.Found> files = found.stream().filter(f -> !attached.contains(f.relativePath())).toList();
        return new Paired(files, byRecording, problems);
    }

    /** The recording a cue file is named after, trying "name.lang.vtt" before "name.vtt". */
    private static String recordingFor(String cuePath, Map<String, String> recordingByStem) {
        String stem = stem(cuePath);
        String language = language(cuePath);
        if (language != null) {
            String recording = recordingByStem.get(stem(stem).toLowerCase(Locale.ROOT));
            if (recording != null) {
                return recording;
            }
        }
        return recordingByStem.get(stem.toLowerCase(Locale.ROOT));
    }

    private static TranscriptFile transcript(FolderWalker.Found file) {
        return new TranscriptFile(file.path(), file.relativePath(), language(file.relativePath()));
    }

    /** The language in a cue file's name ({@code vi} of {@code a.vi.vtt}), or {@code null}. */
    static String language(String cuePath) {
        String candidate = extension(stem(cuePath));
        if (!LANGUAGE.matcher(candidate).matches()) {
            return null;
        }
        String language = Locale.forLanguageTag(candidate).getLanguage();
        return language.isEmpty() ? null : Languages.twoLetter(language);
    }

    /** The path without its last extension. */
    private static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
