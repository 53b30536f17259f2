package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptSubmissionTest {

    @TempDir
    Path folder;

    private final SubmissionScanner scanner = new SubmissionScanner();

    private void file(String relative, String content) throws IOException {
        Path path = folder.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }

    private SubmittedFile only(Submission submission, String relativePath) {
        return submission.files().stream().filter(f -> f.relativePath().equals(relativePath)).findFirst()
                .orElseThrow();
    }

    @Test
    void cueFilesNamedAfterARecordingAttachToItWithTheirLanguages() throws IOException {
        file("audio/ca-tru.mp3", "mp3");
        file("audio/ca-tru.vi.vtt", "WEBVTT\n");
        file("audio/ca-tru.en.srt", "1\n");
        file("audio/Phong-Van.WAV", "wav");
        file("audio/phong-van.srt", "1\n");
        file("audio/ghi-chu.vtt", "WEBVTT\n");
        file("video/ca-tru.vi.vtt", "WEBVTT\n");

        Submission submission = scanner.scan(folder);

        assertThat(submission.files()).extracting(SubmittedFile::relativePath).containsExactly(
                "audio/Phong-Van.WAV", "audio/ca-tru.mp3", "audio/ghi-chu.vtt", "video/ca-tru.vi.vtt");
        assertThat(only(submission, "audio/ca-tru.mp3").transcripts())
                .extracting(TranscriptFile::relativePath, TranscriptFile::language)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("audio/ca-tru.vi.vtt", "vi"),
                        org.assertj.core.groups.Tuple.tuple("audio/ca-tru.en.srt", "en"));
        assertThat(only(submission, "audio/Phong-Van.WAV").transcripts())
                .extracting(TranscriptFile::relativePath, TranscriptFile::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("audio/phong-van.srt", null));
        assertThat(only(submission, "audio/ghi-chu.vtt").transcripts()).isEmpty();
        assertThat(submission.problems()).isEmpty();
    }

    @Test
    void aSheetRowNamesTranscriptsInItsTranscriptColumn() throws IOException {
        file("audio/bai-1.mp3", "mp3");
        file("phu-de/loi-bai-1.vie.srt", "1\n");
        file("phu-de/loi-bai-1-ban-dich.vtt", "WEBVTT\n");
        Files.writeString(folder.resolve("metadata.csv"),
                "file,title,transcript\n"
                        + "audio/bai-1.mp3,Bài một,phu-de/loi-bai-1.vie.srt | phu-de/loi-bai-1-ban-dich.vtt\n",
                StandardCharsets.UTF_8);

        Submission submission = scanner.scan(folder);

        assertThat(submission.files()).extracting(SubmittedFile::relativePath).containsExactly("audio/bai-1.mp3");
        assertThat(submission.files().get(0).transcripts())
                .extracting(TranscriptFile::relativePath, TranscriptFile::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("phu-de/loi-bai-1.vie.srt", "vi"),
                        org.assertj.core.groups.Tuple.tuple("phu-de/loi-bai-1-ban-dich.vtt", null));
        assertThat(submission.problems()).isEmpty();
    }

    @Test
    void aSheetNamingAMissingTranscriptIsReported() throws IOException {
        file("audio/bai-2.mp3", "mp3");
        Files.writeString(folder.resolve("metadata.csv"),
                "file,transcript\naudio/bai-2.mp3,phu-de/khong-co.srt\n", StandardCharsets.UTF_8);

        Submission submission = scanner.scan(folder);

        assertThat(submission.files()).extracting(SubmittedFile::transcripts).containsExactly(List.of());
        assertThat(submission.problems()).containsExactly("'audio/bai-2.mp3': the transcript"
                + " 'phu-de/khong-co.srt' named in the sheet is not a .vtt or .srt file of the submission");
    }
}
