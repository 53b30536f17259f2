package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that break parsers: each ends as a clear failure or a record with a warning, never a crash. */
class HostileFilesTest {

    @TempDir
    static Path data;

    static ArchiveStore store;
    static FileIngester ingester;

    @TempDir
    Path in;

    @BeforeAll
    static void startIngester() {
        store = new ArchiveStore(data.resolve("store"));
        ingester = new FileIngester(store, IngestSettings.defaults().withOcrMode(OcrMode.OFF));
    }

    @AfterAll
    static void stopIngester() {
        ingester.close();
    }

    private IngestOutcome ingest(Path file) throws IOException {
        String name = file.getFileName().toString();
        return ingester.ingest(new SubmittedFile(file, name, Files.size(file), DublinCore.EMPTY, Access.PUBLIC),
                "hostile", null);
    }

    @Test
    void zeroByteFileFailsAsEmpty() throws IOException {
        IngestOutcome outcome = ingest(Files.createFile(in.resolve("empty.pdf")));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.failureKind()).isEqualTo(FailureKind.EMPTY);
        assertThat(outcome.record()).isNull();
    }

    @Test
    void passwordProtectedPdfFailsAsEncrypted() throws IOException {
        IngestOutcome outcome = ingest(TestFiles.encryptedPdf(in.resolve("mat.pdf")));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.failureKind()).isEqualTo(FailureKind.ENCRYPTED);
        assertThat(outcome.reason()).startsWith("PDF ");
    }

    @Test
    void truncatedPdfFailsWithTheParsersReason() throws IOException {
        Path whole = TestFiles.pdf(in.resolve("whole.pdf"), "Hoàng thành Thăng Long", "Bảo tàng",
                List.of("Hoàng thành Thăng Long là quần thể di tích gắn với lịch sử kinh thành."));

        Path broken = TestFiles.truncated(whole, in.resolve("broken.pdf"));
        IngestOutcome outcome = ingest(broken);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.failureKind()).isEqualTo(FailureKind.INVALID);
        assertThat(outcome.reason()).contains("PDF");
        // the original, copied into the store while the parser read it, was taken out again
        assertThat(copiesInTheStore(broken)).isZero();
    }

    /** Files in the store with the same bytes as the given file. */
    private static long copiesInTheStore(Path file) throws IOException {
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).filter(stored -> {
                try {
                    return Files.mismatch(stored, file) == -1;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).count();
        }
    }

    @Test
    void textNamedJpgIsKeptAsTextWithTheMismatchRecorded() throws IOException {
        Path fake = in.resolve("anh-gia.jpg");
        Files.writeString(fake, "Đây không phải là ảnh mà là một đoạn văn bản thuần túy.", StandardCharsets.UTF_8);

        IngestOutcome outcome = ingest(fake);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().technical().mimeType()).isEqualTo("text/plain");
        assertThat(outcome.record().technical().declaredMimeType()).isEqualTo("image/jpeg");
        assertThat(outcome.warnings()).contains("the name suggests image/jpeg but the content is text/plain");
        assertThat(outcome.record().derivatives()).isEmpty();
    }

    @Test
    void truncatedJpegFailsAsNotAValidJpeg() throws IOException {
        Path whole = TestFiles.exifJpeg(in.resolve("whole.jpg"));
        Path cut = in.resolve("cut.jpg");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(whole), 700));

        IngestOutcome outcome = ingest(cut);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.failureKind()).isEqualTo(FailureKind.INVALID);
        assertThat(outcome.reason()).contains("JPEG");
        assertThat(copiesInTheStore(cut)).isZero();
    }

    @Test
    void externalEntityInXmlIsNotResolved() throws IOException {
        Path secret = in.resolve("secret.txt");
        Files.writeString(secret, "mat-khau-bi-mat-12345");
        Path xml = in.resolve("xxe.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<doc><p>Văn bản &xxe; kết thúc</p></doc>\n");

        IngestOutcome outcome = ingest(xml);

        String seen = outcome.record() == null ? outcome.reason() : outcome.record().fullText();
        assertThat(seen).doesNotContain("mat-khau-bi-mat-12345");
    }

    @Test
    void fileNameWithControlCharactersIsIngestedAndStoredUnderItsHash() throws IOException {
        Path odd = in.resolve("bao\u0007cao\tthang\u001b[31m.txt");
        Files.writeString(odd, "Báo cáo tháng về công tác số hóa hiện vật của bảo tàng.");

        IngestOutcome outcome = ingest(odd);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(store.originalPath(outcome.record())).startsWith(store.root())
                .hasFileName("original.txt");
        assertThat(store.read(outcome.record().id())).contains(outcome.record());
        assertThat(outcome.warnings())
                .contains("the file name has control characters: bao\\u0007cao\\u0009thang\\u001B[31m.txt");
    }

    @Test
    void parseOverTheTimeLimitFailsAndTheNextFileIsFine() throws IOException {
        Path big = in.resolve("big.txt");
        Files.writeString(big, "Tranh Đông Hồ được in trên giấy dó. ".repeat(100_000));
        Path small = in.resolve("small.txt");
        Files.writeString(small, "Tranh Hàng Trống được vẽ tay ở phố Hàng Trống, Hà Nội.");
        try (FileIngester hurried = new FileIngester(store,
                new IngestSettings(OcrMode.OFF, Duration.ofMillis(1), 50_000_000))) {

            IngestOutcome slow = hurried.ingest(new SubmittedFile(big, "big.txt", Files.size(big),
                    DublinCore.EMPTY, Access.PUBLIC), "hostile", null);

            assertThat(slow.status()).isEqualTo(Status.FAILED);
            assertThat(slow.failureKind()).isEqualTo(FailureKind.TIMEOUT);
        }
        assertThat(ingest(small).status()).isEqualTo(Status.INGESTED);
    }
}
