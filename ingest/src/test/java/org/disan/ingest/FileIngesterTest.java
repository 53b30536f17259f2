package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngesterTest {

    @TempDir
    static Path data;

    static ArchiveStore store;
    static FileIngester ingester;

    @TempDir
    Path in;

    @BeforeAll
    static void startIngester() {
        store = new ArchiveStore(data.resolve("store"));
        // OCR is exercised in the integration tests; unit tests stay fast.
        ingester = new FileIngester(store, IngestSettings.defaults().withOcrMode(OcrMode.OFF));
    }

    @AfterAll
    static void stopIngester() {
        ingester.close();
    }

    static SubmittedFile submitted(Path file, String relativePath) throws IOException {
        return new SubmittedFile(file, relativePath, Files.size(file), DublinCore.EMPTY, Access.PUBLIC);
    }

    @Test
    void vietnamesePdfGivesTextLanguageTitleAndPageCount() throws IOException {
        Path pdf = TestFiles.pdf(in.resolve("van-mieu.pdf"), "Văn Miếu – Quốc Tử Giám", "Trần Thị Lan",
                List.of("Văn Miếu được xây dựng năm 1070 dưới thời vua Lý Thánh Tông.",
                        "Đây là trường đại học đầu tiên của Việt Nam, nơi thờ Khổng Tử.",
                        "Ngày nay Văn Miếu là di tích lịch sử văn hóa của Hà Nội."));

        IngestOutcome outcome = ingester.ingest(submitted(pdf, "tai-lieu/van-mieu.pdf"), "bao-tang", 7L);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        ArchiveRecord record = outcome.record();
        assertThat(record.fullText()).contains("Văn Miếu được xây dựng năm 1070");
        assertThat(record.textLanguage()).isEqualTo("vi");
        assertThat(record.dublinCore().title()).isEqualTo("Văn Miếu – Quốc Tử Giám");
        assertThat(record.dublinCore().creators()).containsExactly("Trần Thị Lan");
        assertThat(record.dublinCore().format()).isEqualTo("application/pdf");
        assertThat(record.dublinCore().type()).isEqualTo("Text");
        assertThat(record.technical().properties()).containsEntry("pageCount", "1");
        assertThat(record.provenance().submission()).isEqualTo("bao-tang");
        assertThat(record.provenance().originalPath()).isEqualTo("tai-lieu/van-mieu.pdf");
        assertThat(record.provenance().jobId()).isEqualTo(7L);
        assertThat(store.originalPath(record)).hasSameBinaryContentAs(pdf);
        assertThat(store.read(record.id())).contains(record);
        // The first page is drawn when it is first viewed, not at ingest.
        assertThat(record.derivatives()).isEmpty();
        assertThat(record.notes()).noneMatch(note -> note.contains("page image"));
    }

    @Test
    void englishDocxGivesTextLanguageAndCreator() throws IOException {
        Path docx = TestFiles.docx(in.resolve("water-puppets.docx"), "Water puppetry", "Le Van Minh",
                List.of("Water puppetry is a tradition that dates back to the eleventh century.",
                        "It began in the villages of the Red River Delta, where rice paddies flooded."));

        IngestOutcome outcome = ingester.ingest(submitted(docx, "water-puppets.docx"), "museum", null);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().fullText()).contains("Red River Delta");
        assertThat(outcome.record().textLanguage()).isEqualTo("en");
        assertThat(outcome.record().dublinCore().title()).isEqualTo("Water puppetry");
        assertThat(outcome.record().dublinCore().creators()).containsExactly("Le Van Minh");
        assertThat(outcome.record().dublinCore().language()).isEqualTo("en");
    }

    @Test
    void vietnameseOdtGivesTextLanguageAndCreator() throws IOException {
        Path odt = TestFiles.odt(in.resolve("ca-tru.odt"), "Ca trù ở Hà Nội", "Nguyễn Thị Lan",
                List.of("Ca trù là một loại hình nghệ thuật hát thơ của người Việt, được UNESCO ghi danh năm 2009.",
                        "Ở Hà Nội, các câu lạc bộ ca trù vẫn biểu diễn vào tối thứ bảy trong phố cổ."));

        IngestOutcome outcome = ingester.ingest(submitted(odt, "van-ban/ca-tru.odt"), "museum", null);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().technical().mimeType()).isEqualTo(TestFiles.ODT_MIME_TYPE);
        assertThat(outcome.record().fullText()).contains("câu lạc bộ ca trù");
        assertThat(outcome.record().textLanguage()).isEqualTo("vi");
        assertThat(outcome.record().dublinCore().title()).isEqualTo("Ca trù ở Hà Nội");
        assertThat(outcome.record().dublinCore().creators()).containsExactly("Nguyễn Thị Lan");
    }

    @Test
    void photographGetsEmbeddedMetadataAndTwoOrientedThumbnails() throws IOException {
        Path jpeg = TestFiles.exifJpeg(in.resolve("den-hung.jpg"));

        IngestOutcome outcome = ingester.ingest(submitted(jpeg, "anh/den-hung.jpg"), "museum", null);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        ArchiveRecord record = outcome.record();
        assertThat(record.dublinCore().title()).isEqualTo("Đền Hùng ngày giỗ Tổ");
        assertThat(record.dublinCore().creators()).containsExactly("Nguyễn Văn Ảnh");
        assertThat(record.dublinCore().subjects()).containsExactly("đền", "lễ hội");
        assertThat(record.dublinCore().date()).isEqualTo("2019-04-14T07:45:10");
        assertThat(record.dublinCore().type()).isEqualTo("StillImage");
        assertThat(record.technical().properties())
                .containsEntry("width", "120")
                .containsEntry("height", "80")
                .containsEntry("dateTaken", "2019-04-14T07:45:10")
                .containsKeys("gps.latitude", "gps.longitude");
        assertThat(record.technical().properties().get("gps.latitude")).startsWith("21.36");
        Derivative small = record.derivative(DerivativeKind.THUMBNAIL_SMALL).orElseThrow();
        Derivative large = record.derivative(DerivativeKind.THUMBNAIL_LARGE).orElseThrow();
        assertThat(small.path()).startsWith("objects/").endsWith("/thumb-200.jpg").doesNotContain("\\");
        assertThat(large.path()).endsWith("/thumb-800.jpg");
        BufferedImage thumb = ImageIO.read(store.resolve(small.path()).toFile());
        // EXIF orientation 6: the 120×80 landscape sensor image is shown upright as portrait.
        assertThat(thumb.getHeight()).isGreaterThan(thumb.getWidth());
        assertThat(thumb.getHeight()).isEqualTo(small.height()).isLessThanOrEqualTo(200);
    }

    @Test
    void photographWhosePixelsAreMissingIsKeptWithItsMetadataAndAWarningInsteadOfThumbnails() throws IOException {
        // Every segment up to the start of the scan, then the end: the headers read, the pixels do not decode.
        byte[] bytes = Files.readAllBytes(TestFiles.exifJpeg(in.resolve("whole.jpg")));
        int scan = startOfScan(bytes);
        byte[] headersOnly = java.util.Arrays.copyOf(bytes, scan + 2);
        headersOnly[scan] = (byte) 0xFF;
        headersOnly[scan + 1] = (byte) 0xD9;
        Path jpeg = Files.write(in.resolve("no-pixels.jpg"), headersOnly);

        IngestOutcome outcome = ingester.ingest(submitted(jpeg, "anh/no-pixels.jpg"), "museum", null);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().dublinCore().title()).isEqualTo("Đền Hùng ngày giỗ Tổ");
        assertThat(outcome.record().derivatives()).isEmpty();
        assertThat(outcome.warnings()).anyMatch(warning -> warning.startsWith("no thumbnail: the file cannot be decoded"));
    }

    private static int startOfScan(byte[] jpeg) {
        int at = 2;
        while (!(jpeg[at] == (byte) 0xFF && jpeg[at + 1] == (byte) 0xDA)) {
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return at;
    }

    @Test
    void wavGetsItsDurationFromTheHeader() throws IOException {
        Path wav = TestFiles.wav(in.resolve("trong-dong.wav"), 1.5, 8000);

        IngestOutcome outcome = ingester.ingest(submitted(wav, "trong-dong.wav"), "museum", null);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().technical().properties())
                .containsEntry("duration", "1.500")
                .containsEntry("sampleRate", "8000")
                .containsEntry("channels", "1")
                .containsEntry("bitsPerSample", "16");
        assertThat(outcome.record().dublinCore().type()).isEqualTo("Sound");
        // The waveform is drawn when it is first viewed, not at ingest.
        assertThat(outcome.record().derivatives()).isEmpty();
        assertThat(outcome.warnings()).noneMatch(warning -> warning.contains("waveform"));
    }

    @Test
    void sixteenBitGreyTiffScanGetsThumbnails() throws IOException {
        BufferedImage grey = new BufferedImage(300, 200, BufferedImage.TYPE_USHORT_GRAY);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.WHITE, 300, 200, java.awt.Color.BLACK));
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        Path tiff = in.resolve("trang-1.tif");
        assertThat(ImageIO.write(grey, "tiff", tiff.toFile())).isTrue();

        IngestOutcome outcome = ingester.ingest(submitted(tiff, "trang-1.tif"), "museum", null);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().technical().mimeType()).isEqualTo("image/tiff");
        assertThat(outcome.record().technical().properties()).containsEntry("width", "300").containsEntry("bitsPerSample", "16");
        Derivative small = outcome.record().derivative(DerivativeKind.THUMBNAIL_SMALL).orElseThrow();
        assertThat(small.width()).isEqualTo(200);
        assertThat(ImageIO.read(store.resolve(small.path()).toFile()).getHeight()).isEqualTo(133);
    }

    @Test
    void decomposedTextIsStoredComposed() throws IOException {
        String composed = "Chùa Một Cột ở Hà Nội được dựng năm 1049 theo giấc mơ của vua Lý Thái Tông.";
        Path txt = in.resolve("chua-mot-cot.txt");
        Files.writeString(txt, Normalizer.normalize(composed, Normalizer.Form.NFD), StandardCharsets.UTF_8);

        IngestOutcome outcome = ingester.ingest(submitted(txt, "chua-mot-cot.txt"), "museum", null);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().fullText()).isEqualTo(composed);
    }

    @Test
    void theSameBytesSubmittedAgainAsRestrictedMakeThePublicRecordRestricted() throws IOException {
        Path first = TestFiles.wav(in.resolve("trong-com.wav"), 0.4, 8000);
        Path again = in.resolve("trong-com-lan-2.wav");
        Files.copy(first, again);
        IngestOutcome published = ingester.ingest(submitted(first, "trong-com.wav"), "nop-2025", null);
        SubmittedFile restricted = new SubmittedFile(again, "han-che/trong-com.wav", Files.size(again),
                DublinCore.EMPTY, Access.RESTRICTED);

        IngestOutcome duplicate = ingester.ingest(restricted, "nop-2026", null);

        assertThat(duplicate.status()).isEqualTo(Status.DUPLICATE);
        assertThat(duplicate.record().access()).isEqualTo(Access.RESTRICTED);
        assertThat(duplicate.warnings()).containsExactly(
                "the record was public and this submission makes it restricted: the more restrictive access wins");
        ArchiveRecord stored = store.read(published.record().id()).orElseThrow();
        assertThat(stored.access()).isEqualTo(Access.RESTRICTED);
        assertThat(stored.modified()).isAfter(published.record().modified());
        assertThat(stored.provenance()).isEqualTo(published.record().provenance());

        IngestOutcome publicAgain = ingester.ingest(submitted(first, "trong-com.wav"), "nop-2027", null);

        assertThat(publicAgain.record().access()).isEqualTo(Access.RESTRICTED);
        assertThat(publicAgain.warnings()).isEmpty();
    }

    @Test
    void sameBytesTwiceIsOneRecordAndADuplicate() throws IOException {
        Path first = TestFiles.wav(in.resolve("chieng.wav"), 0.5, 8000);
        Path second = in.resolve("copy-of-chieng.wav");
        Files.copy(first, second);

        IngestOutcome ingested = ingester.ingest(submitted(first, "a/chieng.wav"), "first-submission", null);
        IngestOutcome duplicate = ingester.ingest(submitted(second, "b/copy-of-chieng.wav"), "second", null);

        assertThat(ingested.status()).isEqualTo(Status.INGESTED);
        assertThat(duplicate.status()).isEqualTo(Status.DUPLICATE);
        assertThat(duplicate.record()).isEqualTo(ingested.record());
        assertThat(duplicate.reason()).contains("a/chieng.wav").contains("first-submission");
        assertThat(store.read(ingested.record().id()).orElseThrow().provenance().originalPath())
                .isEqualTo("a/chieng.wav");
    }

    @Test
    void sameBytesFromTwoThreadsAtOnceIsStoredOnce() throws Exception {
        Path file = in.resolve("ca-tru.txt");
        Files.writeString(file, "Ca trù là một loại hình nghệ thuật hát truyền thống của miền Bắc Việt Nam.");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<IngestOutcome> task = () -> ingester.ingest(submitted(file, "ca-tru.txt"), "museum", null);
            List<Future<IngestOutcome>> runs = pool.invokeAll(List.of(task, task));

            assertThat(List.of(runs.get(0).get().status(), runs.get(1).get().status()))
                    .containsExactlyInAnyOrder(Status.INGESTED, Status.DUPLICATE);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Two ingesters on one store are two partitions of a job, or two processes sharing the data
     * folder: the same bytes reaching both at once are still stored once and ingested once.
     */
    @Test
    void sameBytesReachingTwoIngestersAtOnceIsIngestedOnce() throws Exception {
        FileIngester other = new FileIngester(store, IngestSettings.defaults().withOcrMode(OcrMode.OFF));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                Path file = in.resolve("quan-ho-" + i + ".txt");
                Files.writeString(file, "Bài quan họ thứ " + i + " được hát ở làng Diềm, Bắc Ninh.");
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<IngestOutcome> first = () -> {
                    together.await();
                    return ingester.ingest(submitted(file, "a/quan-ho.txt"), "museum", null);
                };
                Callable<IngestOutcome> second = () -> {
                    together.await();
                    return other.ingest(submitted(file, "b/quan-ho.txt"), "museum", null);
                };
                List<Future<IngestOutcome>> runs = pool.invokeAll(List.of(first, second));

                assertThat(List.of(runs.get(0).get().status(), runs.get(1).get().status())).as("copy %d", i)
                        .containsExactlyInAnyOrder(Status.INGESTED, Status.DUPLICATE);
            }
        } finally {
            pool.shutdown();
            other.close();
        }
    }

    @Test
    void sheetMetadataWinsOverEmbeddedValues() throws IOException {
        Path jpeg = in.resolve("le-hoi.jpg");
        Files.write(jpeg, Files.readAllBytes(TestFiles.exifJpeg(in.resolve("src.jpg"))));
        // One byte appended keeps the JPEG readable but gives it its own id.
        Files.write(jpeg, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        DublinCore sheet = new DublinCore("DH-2019-01", "Giỗ Tổ Hùng Vương 2019", List.of(), List.of("giỗ Tổ"),
                null, null, List.of(), "2019-04-14", null, null, null, "vi", null, List.of("Phú Thọ"), null);
        SubmittedFile file = new SubmittedFile(jpeg, "le-hoi.jpg", Files.size(jpeg), sheet, Access.PUBLIC);

        ArchiveRecord record = ingester.ingest(file, "museum", null).record();

        assertThat(record.dublinCore().identifier()).isEqualTo("DH-2019-01");
        assertThat(record.dublinCore().title()).isEqualTo("Giỗ Tổ Hùng Vương 2019");
        assertThat(record.dublinCore().subjects()).containsExactly("giỗ Tổ");
        assertThat(record.dublinCore().date()).isEqualTo("2019-04-14");
        // Fields the sheet leaves empty still come from the file.
        assertThat(record.dublinCore().creators()).containsExactly("Nguyễn Văn Ảnh");
        assertThat(record.dublinCore().rights()).isEqualTo("CC BY 4.0");
    }

    @Test
    void textPastTheLimitIsCutAndTheRecordSaysWhere() throws IOException {
        Path txt = in.resolve("long.txt");
        Files.writeString(txt, "Nhã nhạc cung đình Huế. ".repeat(200));
        try (FileIngester limited = new FileIngester(store,
                new IngestSettings(OcrMode.OFF, java.time.Duration.ofSeconds(30), 100))) {

            IngestOutcome outcome = limited.ingest(submitted(txt, "long.txt"), "museum", null);

            assertThat(outcome.status()).isEqualTo(Status.INGESTED);
            assertThat(outcome.record().textTruncatedAt()).isEqualTo(100);
            assertThat(outcome.record().fullText()).hasSizeLessThanOrEqualTo(100).startsWith("Nhã nhạc");
            assertThat(outcome.warnings()).anyMatch(w -> w.contains("cut at 100 characters"));
            assertThat(outcome.record().notes()).isEqualTo(outcome.warnings());
        }
    }
}
