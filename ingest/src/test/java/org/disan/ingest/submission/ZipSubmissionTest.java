package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipSubmissionTest {

    @TempDir
    Path work;

    private SubmissionScanner scanner(ZipLimits limits) {
        return new SubmissionScanner(work.resolve("unpacked"), limits);
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void zipWithOneTopFolderIsReadLikeThatFolderWithItsSheet() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bo-suu-tap/metadata.csv", utf8("file,title\nảnh/đình.jpg,Đình làng\n"));
        entries.put("bo-suu-tap/ảnh/đình.jpg", utf8("jpeg"));
        entries.put("bo-suu-tap/ghi-chu.txt", utf8("note"));
        Path zip = zip(work.resolve("bảo-tàng.zip"), entries);

        Submission submission = scanner(ZipLimits.defaults()).scan(zip);

        assertThat(submission.name()).isEqualTo("bảo-tàng.zip");
        assertThat(submission.files()).extracting(SubmittedFile::relativePath)
                .containsExactly("ghi-chu.txt", "ảnh/đình.jpg");
        assertThat(submission.files().get(1).metadata().title()).isEqualTo("Đình làng");
        assertThat(submission.files().get(1).path()).hasContent("jpeg").startsWith(work.resolve("unpacked"));
        assertThat(submission.problems()).containsExactly(
                "'ghi-chu.txt' has no row in metadata.csv; it gets the default access (restricted)");
    }

    @Test
    void entriesLeadingOutOfTheSubmissionAreNotUnpacked() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../escaped.txt", utf8("evil"));
        entries.put("/etc/absolute.txt", utf8("evil"));
        entries.put("a/../../sneaky.txt", utf8("evil"));
        entries.put("ok.txt", utf8("fine"));
        Path zip = zip(work.resolve("evil.zip"), entries);

        Submission submission = scanner(ZipLimits.defaults()).scan(zip);

        assertThat(submission.files()).extracting(SubmittedFile::relativePath).containsExactly("ok.txt");
        assertThat(submission.problems()).containsExactly(
                "zip entry '../../escaped.txt' points outside the submission; not unpacked",
                "zip entry '/etc/absolute.txt' points outside the submission; not unpacked",
                "zip entry 'a/../../sneaky.txt' points outside the submission; not unpacked");
        try (Stream<Path> everything = Files.walk(work)) {
            assertThat(everything).noneMatch(p -> p.getFileName().toString().contains("escaped")
                    || p.getFileName().toString().contains("sneaky") || p.getFileName().toString().contains("absolute"));
        }
    }

    @Test
    void aZipBombIsRefusedAndLeavesNothingBehind() throws IOException {
        Path bomb = zip(work.resolve("bomb.zip"), Map.of("zeros.bin", new byte[20 * 1024 * 1024]));

        assertThatThrownBy(() -> scanner(ZipLimits.defaults()).scan(bomb))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("times its own size (the limit is 50); refused as a possible zip bomb");
        assertThat(work.resolve("unpacked")).isEmptyDirectory();
    }

    @Test
    void aBombOfManyEntriesOfZerosIsRefusedFromTheDirectoryBeforeAnythingIsUnpacked() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 64; i++) {
            entries.put("zeros-" + i + ".bin", new byte[1024 * 1024]);
        }
        Path bomb = zip(work.resolve("many-zeros.zip"), entries);
        // Cut the entries' data away: a check that reads the zip's directory alone still sees the bomb.
        Path directoryOnly = truncatedData(bomb);

        assertThatThrownBy(() -> scanner(ZipLimits.defaults()).scan(bomb))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("would expand to 67108864 bytes");
        assertThatThrownBy(() -> scanner(ZipLimits.defaults()).scan(directoryOnly))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("would expand to 67108864 bytes");
        assertThat(work.resolve("unpacked")).isEmptyDirectory();
    }

    /** The zip with every entry's compressed bytes overwritten: its directory is intact, its data not. */
    private Path truncatedData(Path zip) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        int directory = 0;
        for (int i = bytes.length - 22; i >= 0; i--) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                directory = (bytes[i + 16] & 0xff) | (bytes[i + 17] & 0xff) << 8 | (bytes[i + 18] & 0xff) << 16
                        | (bytes[i + 19] & 0xff) << 24;
                break;
            }
        }
        for (int i = 200; i < directory - 200; i++) {
            bytes[i] = (byte) 0xff;
        }
        return Files.write(work.resolve("directory-only.zip"), bytes);
    }

    @Test
    void tooManyEntriesOrBytesAreRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("f" + i + ".txt", utf8("nội dung " + i + " ".repeat(1000)));
        }
        Path zip = zip(work.resolve("many.zip"), entries);

        assertThatThrownBy(() -> scanner(new ZipLimits(4, 1_000_000, 1000)).scan(zip))
                .isInstanceOf(SubmissionException.class)
                .hasMessage("'many.zip' holds 5 entries, more than the limit of 4; refused");
        assertThatThrownBy(() -> scanner(new ZipLimits(10, 3000, 1000)).scan(zip))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("would expand to more than the limit of 3000 bytes");
    }

    @Test
    void aNestedZipStaysAFile() throws IOException {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(inner)) {
            out.putNextEntry(new ZipEntry("inside.txt"));
            out.write(utf8("inside"));
            out.closeEntry();
        }
        Path zip = zip(work.resolve("outer.zip"), Map.of("inner.zip", inner.toByteArray(), "a.txt", utf8("a")));

        Submission submission = scanner(ZipLimits.defaults()).scan(zip);

        assertThat(submission.files()).extracting(SubmittedFile::relativePath).containsExactly("a.txt", "inner.zip");
    }

    @Test
    void aRescanReusesTheUnpackedFolder() throws IOException {
        Path zip = zip(work.resolve("again.zip"), Map.of("a.txt", utf8("a"), "b.txt", utf8("b")));
        SubmissionScanner scanner = scanner(ZipLimits.defaults());

        Submission first = scanner.scan(zip);
        Submission second = scanner.scan(zip);

        assertThat(second.files()).isEqualTo(first.files());
    }

    @Test
    void somethingThatIsNotAZipIsRefusedClearly() throws IOException {
        Path fake = Files.writeString(work.resolve("fake.zip"), "not a zip at all");

        assertThatThrownBy(() -> scanner(ZipLimits.defaults()).scan(fake))
                .isInstanceOf(SubmissionException.class)
                .hasMessageStartingWith("'fake.zip' is not a readable zip");
    }
}
