package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmissionScanner;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the project's sample collection, with OCR, into a temporary store. */
class SampleCollectionIT {

    static final Path SAMPLES = Path.of("..", "samples", "hanoi-creative-city").toAbsolutePath().normalize();

    @TempDir
    static Path data;

    static ArchiveStore store;
    static FileIngester ingester;
    static Submission submission;
    static final Map<String, IngestOutcome> outcomes = new LinkedHashMap<>();

    @BeforeAll
    static void ingestTheSamples() {
        store = new ArchiveStore(data.resolve("store"));
        ingester = new FileIngester(store, IngestSettings.defaults());
        submission = new SubmissionScanner().scan(SAMPLES);
        for (SubmittedFile file : submission.files()) {
            outcomes.put(file.relativePath(), ingester.ingest(file, submission.name(), 1L));
        }
    }

    @AfterAll
    static void stop() {
        ingester.close();
    }

    private static ArchiveRecord record(String relativePath) {
        IngestOutcome outcome = outcomes.get(relativePath);
        assertThat(outcome).as(relativePath).isNotNull();
        assertThat(outcome.status()).as(relativePath + ": " + outcome.reason()).isEqualTo(Status.INGESTED);
        return outcome.record();
    }

    @Test
    void everyCatalogedFileIsIngestedWithItsSheetMetadata() {
        List<SubmittedFile> cataloged = submission.files().stream()
                .filter(f -> f.metadata().identifier() != null).toList();

        assertThat(cataloged).hasSizeGreaterThanOrEqualTo(13);
        for (SubmittedFile file : cataloged) {
            ArchiveRecord record = record(file.relativePath());
            assertThat(record.dublinCore().identifier()).isEqualTo(file.metadata().identifier());
            assertThat(record.dublinCore().title()).isEqualTo(file.metadata().title());
            assertThat(Files.isRegularFile(store.originalPath(record))).isTrue();
        }
        assertThat(record("audio/ca-tru-gioi-thieu.mp3").access().level()).isEqualTo(AccessLevel.RESTRICTED);
    }

    @Test
    void imagesHaveBothThumbnails() {
        for (String image : List.of("photos/ho-hoan-kiem.jpg", "photos/lang-gom.jpg",
                "photos/pho-bich-hoa-phung-hung.jpg", "photos/ban-do-ha-noi.png")) {
            ArchiveRecord record = record(image);
            for (DerivativeKind kind : List.of(DerivativeKind.THUMBNAIL_SMALL, DerivativeKind.THUMBNAIL_LARGE)) {
                String path = record.derivative(kind).orElseThrow().path();
                assertThat(store.resolve(path)).as(image + " " + kind).isRegularFile();
            }
        }
    }

    @Test
    void recordingsHaveDurations() {
        assertThat(Double.parseDouble(record("audio/loi-chao-ha-noi.wav").technical().properties().get("duration")))
                .isGreaterThan(1.0);
        assertThat(Double.parseDouble(record("audio/ca-tru-gioi-thieu.mp3").technical().properties().get("duration")))
                .isGreaterThan(1.0);
        Map<String, String> video = record("video/pho-co-ha-noi.mp4").technical().properties();
        assertThat(video).containsKeys("width", "height", "duration");
    }

    @Test
    void documentsAndRecordingsAreStoredWithoutPreviewsAndGetThemOnFirstView() throws Exception {
        ArchiveRecord pdf = record("documents/chieu-doi-do-1010.pdf");
        ArchiveRecord video = record("video/pho-co-ha-noi.mp4");
        ArchiveRecord audio = record("audio/ca-tru-gioi-thieu.mp3");
        assertThat(List.of(pdf, video, audio)).allMatch(r -> r.derivatives().isEmpty());

        try (PreviewMaker previews = new PreviewMaker(store, IngestSettings.defaults().perFileTimeout())) {
            pdf = previews.make(pdf);
            video = previews.make(video);
            audio = previews.make(audio);
        }

        assertThat(store.resolve(pdf.derivative(DerivativeKind.PAGE_IMAGE).orElseThrow().path())).isRegularFile();
        assertThat(pdf.derivative(DerivativeKind.THUMBNAIL_SMALL)).isPresent();
        // ffmpeg is part of the build machine (batch-jobs/bin/setup-machine): without it this fails
        assertThat(store.resolve(video.derivative(DerivativeKind.KEYFRAME).orElseThrow().path())).isRegularFile();
        assertThat(video.derivative(DerivativeKind.THUMBNAIL_SMALL)).isPresent();
        assertThat(store.resolve(audio.derivative(DerivativeKind.WAVEFORM).orElseThrow().path())).isRegularFile();
        assertThat(store.read(video.id())).contains(video);
    }

    @Test
    void documentsHaveTextInTheirLanguage() {
        assertThat(record("documents/creative-cities-network.pdf").textLanguage()).isEqualTo("en");
        ArchiveRecord chieu = record("documents/chieu-doi-do-1010.pdf");
        assertThat(chieu.textLanguage()).isEqualTo("vi");
        assertThat(chieu.fullText()).contains("Thăng Long");
        assertThat(record("documents/toa-dam-tham-van-2020.docx").textLanguage()).isEqualTo("vi");
    }

    @Test
    void theScanIsReadWithOcr() {
        ArchiveRecord scan = record("scans/ban-tin-thang-long-scan.pdf");

        assertThat(ingester.ocrAvailable()).as("tesseract (batch-jobs/bin/setup-machine installs it)").isTrue();
        assertThat(scan.fullText()).contains("Thăng Long");
        assertThat(scan.textLanguage()).isEqualTo("vi");
    }

    @Test
    void photographsAreNotOcred() {
        assertThat(record("photos/ho-hoan-kiem.jpg").fullText()).isEmpty();
    }

    @Test
    void ingestingTheSamplesAgainOnlyFindsDuplicates() {
        for (SubmittedFile file : submission.files()) {
            if (outcomes.get(file.relativePath()).status() == Status.INGESTED) {
                assertThat(ingester.ingest(file, "again", 2L).status()).as(file.relativePath())
                        .isEqualTo(Status.DUPLICATE);
            }
        }
    }
}
