package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disan.ingest.digest.FileDigests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagSubmissionTest {

    @TempDir
    Path work;

    private final SubmissionScanner scanner = new SubmissionScanner();

    /** A valid bag holding the given payload files, with sha256 and sha512 manifests. */
    private Path bag(String name, Map<String, String> payload) throws IOException {
        Path bag = Files.createDirectories(work.resolve(name));
        Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        Files.writeString(bag.resolve("bag-info.txt"), "Source-Organization: Bảo tàng Hà Nội\n");
        StringBuilder sha256 = new StringBuilder();
        StringBuilder sha512 = new StringBuilder();
        for (Map.Entry<String, String> file : payload.entrySet()) {
            Path path = bag.resolve("data").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            sha256.append(FileDigests.hex(path, "SHA-256")).append("  data/").append(file.getKey()).append('\n');
            sha512.append(FileDigests.hex(path, "SHA-512")).append(" data/").append(file.getKey()).append('\n');
        }
        Files.writeString(bag.resolve("manifest-sha256.txt"), sha256, StandardCharsets.UTF_8);
        Files.writeString(bag.resolve("manifest-sha512.txt"), sha512, StandardCharsets.UTF_8);
        return bag;
    }

    private static Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("metadata.csv", "file,title,access\ntài liệu/chiếu.txt,Chiếu dời đô,public\nảnh.jpg,Hồ Gươm,restricted\n");
        payload.put("tài liệu/chiếu.txt", "Trẫm muốn dựa vào sự thuận lợi của đất ấy để định chỗ ở.");
        payload.put("ảnh.jpg", "jpeg bytes");
        return payload;
    }

    @Test
    void aValidBagGivesItsPayloadWithTheSheetAttached() throws IOException {
        Path bag = bag("bag-1", payload());

        Submission submission = scanner.scan(bag);

        assertThat(submission.problems()).isEmpty();
        assertThat(submission.root()).isEqualTo(bag.resolve("data").toRealPath());
        assertThat(submission.files()).extracting(SubmittedFile::relativePath)
                .containsExactly("tài liệu/chiếu.txt", "ảnh.jpg");
        assertThat(submission.files().get(0).metadata().title()).isEqualTo("Chiếu dời đô");
        assertThat(submission.files().get(1).access().level().name()).isEqualTo("RESTRICTED");
    }

    @Test
    void alteredMissingAndUnlistedPayloadFilesAreReportedByNameAndLeftOut() throws IOException {
        Path bag = bag("bag-2", payload());
        Files.writeString(bag.resolve("data/ảnh.jpg"), "altered bytes");
        Files.delete(bag.resolve("data/tài liệu/chiếu.txt"));
        Files.writeString(bag.resolve("data/extra.txt"), "slipped in");

        Submission submission = scanner.scan(bag);

        assertThat(submission.files()).isEmpty();
        assertThat(submission.problems()).anyMatch(p -> p.startsWith(
                "payload file 'data/ảnh.jpg' fails its sha-256 checksum (the manifest says "))
                .contains("payload file 'data/extra.txt' is in no manifest; not ingested",
                        "payload file 'data/tài liệu/chiếu.txt' is listed in the manifest but missing",
                        "metadata.csv line 2 file 'tài liệu/chiếu.txt' names no file in the submission",
                        "metadata.csv line 3 file 'ảnh.jpg' names no file in the submission");
    }

    @Test
    void manifestLinesNamingPathsOutsideThePayloadAreRefused() throws IOException {
        Path bag = bag("bag-3", Map.of("a.txt", "a"));
        Files.writeString(work.resolve("secret.txt"), "secret");
        Files.writeString(bag.resolve("manifest-sha256.txt"),
                "0000 ../secret.txt\n0000 data/../../secret.txt\n0000 bag-info.txt\n", java.nio.file.StandardOpenOption.APPEND);

        Submission submission = scanner.scan(bag);

        assertThat(submission.files()).extracting(SubmittedFile::relativePath).containsExactly("a.txt");
        assertThat(submission.problems()).containsExactly(
                "manifest-sha256.txt line 2 names '../secret.txt', which is outside the payload; refused",
                "manifest-sha256.txt line 3 names 'data/../../secret.txt', which is outside the payload; refused",
                "manifest-sha256.txt line 4 names 'bag-info.txt', which is outside the payload; refused");
    }

    @Test
    void aBagWithoutManifestOrDeclarationIsRefused() throws IOException {
        Path noManifest = bag("bag-4", Map.of("a.txt", "a"));
        Files.delete(noManifest.resolve("manifest-sha256.txt"));
        Files.delete(noManifest.resolve("manifest-sha512.txt"));
        Path noVersion = bag("bag-5", Map.of("a.txt", "a"));
        Files.writeString(noVersion.resolve("bagit.txt"), "hello\n");

        assertThatThrownBy(() -> scanner.scan(noManifest)).isInstanceOf(SubmissionException.class)
                .hasMessageContaining("has no payload manifest");
        assertThatThrownBy(() -> scanner.scan(noVersion)).isInstanceOf(SubmissionException.class)
                .hasMessageContaining("does not declare a BagIt-Version");
    }

    @Test
    void aZippedBagIsVerifiedToo() throws IOException {
        Path bag = bag("bag-6", payload());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var files = Files.walk(bag)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put("bag-6/" + bag.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        entries.put("bag-6/data/ảnh.jpg", "altered".getBytes(StandardCharsets.UTF_8));
        Path zip = ZipSubmissionTest.zip(work.resolve("bag-6.zip"), entries);

        Submission submission = new SubmissionScanner(work.resolve("unpacked"), ZipLimits.defaults()).scan(zip);

        assertThat(submission.files()).extracting(SubmittedFile::relativePath).containsExactly("tài liệu/chiếu.txt");
        assertThat(submission.problems()).anyMatch(p -> p.startsWith("payload file 'data/ảnh.jpg' fails its sha-256"));
    }

    @Test
    void aSheetThatDoesNotMatchTheTagManifestStopsTheWholeBag() throws IOException {
        Path bag = bagWithTagSheet("bag-tags", "metadata.csv", "bagit.txt");
        assertThat(scanner.scan(bag).problems()).isEmpty();
        // Someone opens the restricted photograph to the public after the bag was made.
        Files.writeString(bag.resolve("metadata.csv"), payload().get("metadata.csv").replace("restricted", "public"),
                StandardCharsets.UTF_8);

        Submission tampered = scanner.scan(bag);

        assertThat(tampered.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("metadata.csv").contains("tagmanifest-sha256.txt").contains("checksum"));
        assertThat(tampered.files()).isEmpty();
    }

    @Test
    void aSheetLeftOutOfThePresentTagManifestIsNotTrusted() throws IOException {
        Path bag = bagWithTagSheet("bag-unlisted", "bagit.txt");

        Submission submission = scanner.scan(bag);

        assertThat(submission.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("metadata.csv").contains("tagmanifest-sha256.txt"));
        assertThat(submission.files()).isEmpty();
    }

    /** A valid bag whose sheet is a tag file beside bagit.txt, with a tag manifest of the named tag files. */
    private Path bagWithTagSheet(String name, String... listed) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(payload());
        String sheet = files.remove("metadata.csv");
        Path bag = bag(name, files);
        Files.writeString(bag.resolve("metadata.csv"), sheet, StandardCharsets.UTF_8);
        StringBuilder manifest = new StringBuilder();
        for (String tagFile : listed) {
            manifest.append(FileDigests.hex(bag.resolve(tagFile), "SHA-256")).append("  ").append(tagFile).append('\n');
        }
        Files.writeString(bag.resolve("tagmanifest-sha256.txt"), manifest, StandardCharsets.UTF_8);
        return bag;
    }
}
