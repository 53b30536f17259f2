package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Cue;
import org.disan.ingest.model.Transcript;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmissionScanner;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recordings ingested with cue files beside them and with a subtitle stream inside, with real ffmpeg. */
class TranscriptIngestIT {

    private static final Path SAMPLES = SampleCollectionIT.SAMPLES;

    @TempDir
    Path folder;
    @TempDir
    Path data;

    private List<IngestOutcome> ingest() {
        Submission submission = new SubmissionScanner().scan(folder);
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("store")), IngestSettings.defaults())) {
            return submission.files().stream().map(f -> ingester.ingest(f, submission.name(), 1L)).toList();
        }
    }

    @Test
    void cueFilesBesideARecordingBecomeItsTranscriptsKeptWithTheirFixity() throws Exception {
        Files.createDirectories(folder.resolve("audio"));
        Files.copy(SAMPLES.resolve("audio/loi-chao-ha-noi.wav"), folder.resolve("audio/loi-chao.wav"));
        String vtt = "WEBVTT\n\n00:00.000 --> 00:03.000\nXin chào Hà Nội\n\n00:03.000 --> 00:06.500\n"
                + "thành phố sáng tạo của UNESCO\n";
        Files.writeString(folder.resolve("audio/loi-chao.vi.vtt"), vtt, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("audio/loi-chao.en.srt"), "1\n00:00:00,000 --> 00:00:03,000\nHello Hanoi\n\n"
                + "2\n00:00:03,000 --> 00:00:0x,500\nbroken\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("audio/loi-chao.fr.srt"), "nothing here\n", StandardCharsets.UTF_8);

        List<IngestOutcome> outcomes = ingest();

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Status.INGESTED));
        ArchiveRecord record = outcomes.get(0).record();
        assertThat(record.transcripts()).extracting(Transcript::language, Transcript::source, t -> t.cues().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "audio/loi-chao.en.srt", 1),
                        org.assertj.core.groups.Tuple.tuple("vi", "audio/loi-chao.vi.vtt", 2));
        assertThat(outcomes.get(0).warnings()).contains(
                "transcript 'audio/loi-chao.en.srt' line 6: '00:00:0x,500' is not a timestamp; cue skipped",
                "transcript 'audio/loi-chao.fr.srt' has no cue that can be read; not kept");
        Transcript vi = record.transcripts().get(1);
        Path kept = new ArchiveStore(data.resolve("store")).resolve(vi.path());
        assertThat(kept).hasContent(vtt);
        assertThat(vi.sha256()).isEqualTo(sha256(Files.readAllBytes(kept)));
        assertThat(vi.cues().get(1)).isEqualTo(new Cue(3.0, 6.5, "thành phố sáng tạo của UNESCO"));
        ArchiveRecord stored = new ArchiveStore(data.resolve("store")).read(record.id()).orElseThrow();
        assertThat(stored.transcripts()).isEqualTo(record.transcripts());
    }

    @Test
    void aVideosSubtitleStreamBecomesATranscript() throws Exception {
        Path srt = folder.resolve("subs.srt.txt");
        Files.writeString(srt, "1\n00:00:01,000 --> 00:00:03,000\nPhố cổ Hà Nội\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\nlàng gốm Bát Tràng\n", StandardCharsets.UTF_8);
        Path video = folder.resolve("pho-co.mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-y",
                "-i", SAMPLES.resolve("video/pho-co-ha-noi.mp4").toString(), "-f", "srt", "-i", srt.toString(),
                "-map", "0", "-map", "1", "-c", "copy", "-c:s", "mov_text", "-metadata:s:s:0", "language=vie",
                video.toString()).inheritIO().start();
        assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ffmpeg.exitValue()).isZero();
        Files.delete(srt);

        List<IngestOutcome> outcomes = ingest();

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Status.INGESTED));
        assertThat(outcomes.get(0).record().transcripts()).singleElement().satisfies(t -> {
            assertThat(t.language()).isEqualTo("vi");
            assertThat(t.source()).startsWith("subtitle stream ");
            assertThat(t.format()).isEqualTo("vtt");
            assertThat(t.cues()).extracting(Cue::text).containsExactly("Phố cổ Hà Nội", "làng gốm Bát Tràng");
            assertThat(t.cues().get(0).start()).isEqualTo(1.0);
        });
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
