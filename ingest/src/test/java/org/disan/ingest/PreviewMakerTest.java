package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.PreviewType;
import org.disan.ingest.store.ArchiveStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews that need no ffmpeg: a PDF's first page and a PCM recording's waveform. */
class PreviewMakerTest {

    @TempDir
    Path data;

    @TempDir
    Path in;

    ArchiveStore store;
    PreviewMaker previews;

    @BeforeEach
    void start() {
        store = new ArchiveStore(data.resolve("store"));
        previews = new PreviewMaker(store, Duration.ofSeconds(60), Optional.empty());
    }

    @AfterEach
    void stop() {
        previews.close();
    }

    private ArchiveRecord storedPdf() throws IOException {
        Path pdf = TestFiles.pdf(in.resolve("van-mieu.pdf"), "Văn Miếu", "Trần Thị Lan",
                List.of("Văn Miếu được xây dựng năm 1070 dưới thời vua Lý Thánh Tông."));
        return StoredOriginals.store(store, pdf, "application/pdf");
    }

    @Test
    void aPdfsFirstViewMakesItsPageImageAndThumbnailsAndTheRecordListsThem() throws IOException {
        ArchiveRecord stored = storedPdf();

        ArchiveRecord made = previews.make(stored);

        Derivative page = made.derivative(DerivativeKind.PAGE_IMAGE).orElseThrow();
        assertThat(page.path()).endsWith("/page-1.jpg");
        // A4 is 595×842 points: rendered at 150 dpi it is 1240×1754, over the 1600 px bound.
        assertThat(page.height()).isLessThanOrEqualTo(1600).isGreaterThan(page.width());
        assertThat(ImageIO.read(store.resolve(page.path()).toFile()).getHeight()).isEqualTo(page.height());
        assertThat(made.derivative(DerivativeKind.THUMBNAIL_SMALL)).isPresent();
        assertThat(made.derivative(DerivativeKind.THUMBNAIL_LARGE)).isPresent();
        assertThat(made.notes()).isEmpty();
        assertThat(store.read(stored.id())).contains(made);
    }

    @Test
    void aPcmRecordingsWaveformIsDrawnWithoutFfmpeg() throws IOException {
        Path wav = TestFiles.wav(in.resolve("trong-dong.wav"), 1.5, 8000);
        ArchiveRecord stored = StoredOriginals.store(store, wav, "audio/vnd.wave");

        ArchiveRecord made = previews.make(stored);

        Derivative wave = made.derivative(DerivativeKind.WAVEFORM).orElseThrow();
        assertThat(wave.path()).endsWith("/waveform.png");
        assertThat(wave.mimeType()).isEqualTo("image/png");
        assertThat(ImageIO.read(store.resolve(wave.path()).toFile()).getWidth()).isEqualTo(1200).isEqualTo(wave.width());
        assertThat(made.notes()).isEmpty();
    }

    @Test
    void aPreviewThatNeedsFfmpegIsRecordedAsNotMadeAndNotTriedAgain() throws IOException {
        Path mp3 = Files.write(in.resolve("quan-ho.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        ArchiveRecord stored = StoredOriginals.store(store, mp3, "audio/mpeg");

        ArchiveRecord made = previews.make(stored);
        byte[] recordJson = Files.readAllBytes(recordFile(stored));
        ArchiveRecord again = previews.make(stored);

        assertThat(made.derivatives()).isEmpty();
        assertThat(made.previewsNotMade()).containsExactly(Map.entry(PreviewType.WAVEFORM, "ffmpeg not installed"));
        assertThat(made.notes()).isEmpty();
        assertThat(again).isEqualTo(made);
        assertThat(recordFile(stored)).hasBinaryContent(recordJson);
    }

    @Test
    void aSecondCallMakesNothingNew() throws IOException {
        ArchiveRecord stored = storedPdf();
        ArchiveRecord made = previews.make(stored);
        Path page = store.resolve(made.derivative(DerivativeKind.PAGE_IMAGE).orElseThrow().path());
        Object file = fileKey(page);
        byte[] recordJson = Files.readAllBytes(recordFile(stored));

        // Once with the record as it was before (as a stale index still has it), once as it is now.
        assertThat(previews.make(stored)).isEqualTo(made);
        assertThat(previews.make(made)).isSameAs(made);

        assertThat(fileKey(page)).isEqualTo(file);
        assertThat(recordFile(stored)).hasBinaryContent(recordJson);
    }

    @Test
    void aRecordWhoseTypeCallsForNoPreviewComesBackAsItIs() throws IOException {
        Path text = Files.writeString(in.resolve("notes.txt"), "Ghi chép");
        ArchiveRecord stored = StoredOriginals.store(store, text, "text/plain");

        assertThat(previews.make(stored)).isSameAs(stored);
        assertThat(PreviewMaker.wanted(stored)).isFalse();
    }

    @Test
    void twoThreadsAskingAtOnceMakeThePreviewOnce() throws Exception {
        ArchiveRecord stored = storedPdf();
        Path folder = store.originalPath(stored).getParent();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ArchiveRecord>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return previews.make(stored);
                }));
            }
            start.countDown();
            List<ArchiveRecord> records = new ArrayList<>();
            for (Future<ArchiveRecord> answer : answers) {
                records.add(answer.get(2, TimeUnit.MINUTES));
            }

            assertThat(records).allMatch(r -> r.equals(records.get(0)));
            assertThat(records.get(0).derivative(DerivativeKind.PAGE_IMAGE)).isPresent();
            assertThat(pageImagesPlacedIn(watcher)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many times a page image was moved into the folder, from its creation events. */
    private static int pageImagesPlacedIn(WatchService watcher) throws InterruptedException {
        int placed = 0;
        WatchKey key;
        while ((key = watcher.poll(1, TimeUnit.SECONDS)) != null) {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context().toString().equals("page-1.jpg")) {
                    placed += event.count();
                }
            }
            key.reset();
        }
        return placed;
    }

    private Path recordFile(ArchiveRecord record) {
        return store.originalPath(record).resolveSibling("record.json");
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
