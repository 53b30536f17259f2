package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionScannerTest {

    @TempDir
    Path folder;

    private final SubmissionScanner scanner = new SubmissionScanner();

    private Path file(String relative, String content) throws IOException {
        Path path = folder.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private void sheet(byte[] bytes) throws IOException {
        Files.write(folder.resolve("metadata.csv"), bytes);
    }

    @Test
    void filesAreListedSortedWithHiddenOnesAndTheSheetLeftOut() throws IOException {
        file("photos/b.jpg", "b");
        file("documents/a.pdf", "aa");
        file(".DS_Store", "x");
        file(".git/config", "x");
        file("photos/.thumbs/c.jpg", "x");

        Submission submission = scanner.scan(folder);

        assertThat(submission.name()).isEqualTo(folder.getFileName().toString());
        assertThat(submission.files()).extracting(SubmittedFile::relativePath)
                .containsExactly("documents/a.pdf", "photos/b.jpg");
        assertThat(submission.files().get(0).sizeBytes()).isEqualTo(2);
        assertThat(submission.files()).allMatch(f -> f.access().equals(Access.PUBLIC));
        assertThat(submission.problems()).isEmpty();
    }

    @Test
    void sheetWithBomAndSemicolonsAttachesDublinCoreAndAccess() throws IOException {
        file("docs/hue.pdf", "pdf");
        file("docs/hoi-an.pdf", "pdf2");
        file("audio/xoan.wav", "wav");
        String csv = "Title;FILE;creator;subject;access;date;coverage;unknown\n"
                + "\"Kinh thành Huế; 1802\";docs/hue.pdf;Nguyễn Phúc Ánh|Bảo tàng Huế;cung điện|triều Nguyễn;public;1802;Huế|Thừa Thiên;x\n"
                + "Phố cổ Hội An;./docs/hoi-an.pdf;;;restricted;;;\n"
                + "Hát xoan;audio\\xoan.wav;;;embargoed:2031-01-01;;;\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        sheet(bytes);

        Submission submission = scanner.scan(folder);

        assertThat(submission.problems()).isEmpty();
        assertThat(submission.files()).extracting(SubmittedFile::relativePath)
                .containsExactly("audio/xoan.wav", "docs/hoi-an.pdf", "docs/hue.pdf");
        SubmittedFile hue = submission.files().get(2);
        assertThat(hue.metadata().title()).isEqualTo("Kinh thành Huế; 1802");
        assertThat(hue.metadata().creators()).containsExactly("Nguyễn Phúc Ánh", "Bảo tàng Huế");
        assertThat(hue.metadata().subjects()).containsExactly("cung điện", "triều Nguyễn");
        assertThat(hue.metadata().coverage()).containsExactly("Huế", "Thừa Thiên");
        assertThat(hue.metadata().date()).isEqualTo("1802");
        assertThat(submission.files().get(1).access().level()).isEqualTo(AccessLevel.RESTRICTED);
        assertThat(submission.files().get(0).access())
                .isEqualTo(new Access(AccessLevel.EMBARGOED, LocalDate.of(2031, 1, 1)));
    }

    @Test
    void orphanRowsFilesWithoutRowsAndBadLinesAreAllReported() throws IOException {
        file("a.pdf", "a");
        file("b.pdf", "b");
        file("c.pdf", "c");
        sheet(("file,title,access\n"
                + "a.pdf,Một,public\n"
                + "missing.pdf,Không có,public\n"
                + "c.pdf,Ba,secret\n"
                + "a.pdf,Lặp lại,public\n"
                + "b.pdf,Too,many,cells\n").getBytes(StandardCharsets.UTF_8));

        Submission submission = scanner.scan(folder);

        assertThat(submission.files()).hasSize(3);
        assertThat(submission.problems()).containsExactlyInAnyOrder(
                "metadata.csv line 6 has 4 cells but the header has 3 (a comma or semicolon in a cell that is"
                        + " not in quotes?); the row is not used, so 'b.pdf' gets the default access",
                "metadata.csv line 4: access 'secret' is not public, restricted or embargoed:YYYY-MM-DD;"
                        + " the file is kept restricted",
                "metadata.csv line 5 repeats 'a.pdf' (first given on line 2); the first row is used, with the"
                        + " more restrictive access of the two",
                "'b.pdf' has no row in metadata.csv; it gets the default access (restricted)",
                "metadata.csv line 3 file 'missing.pdf' names no file in the submission");
        assertThat(submission.files().get(2).access().level()).isEqualTo(AccessLevel.RESTRICTED);
        assertThat(submission.files().get(1).access().level()).isEqualTo(AccessLevel.RESTRICTED);
        assertThat(submission.files().get(0).metadata().title()).isEqualTo("Một");
    }

    @Test
    void identifierColumnNamesFilesWhenThereIsNoFileColumn() throws IOException {
        file("tranh-dong-ho.jpg", "x");
        sheet("identifier,title\ntranh-dong-ho.jpg,Tranh Đông Hồ\nDH-001,Không phải tệp\n"
                .getBytes(StandardCharsets.UTF_8));

        Submission submission = scanner.scan(folder);

        assertThat(submission.files().get(0).metadata().title()).isEqualTo("Tranh Đông Hồ");
        assertThat(submission.files().get(0).metadata().identifier()).isEqualTo("tranh-dong-ho.jpg");
        assertThat(submission.problems())
                .containsExactly("metadata.csv line 3 identifier 'DH-001' names no file in the submission");
    }

    @Test
    void decomposedNamesAreSpelledComposedAndMatchComposedRows() throws IOException {
        file(Normalizer.normalize("Đình Bảng.txt", Normalizer.Form.NFD), "x");
        sheet("file,title\nĐình Bảng.txt,Đình làng Đình Bảng\n".getBytes(StandardCharsets.UTF_8));

        Submission submission = scanner.scan(folder);

        assertThat(submission.files().get(0).relativePath()).isEqualTo("Đình Bảng.txt");
        assertThat(submission.files().get(0).metadata().title()).isEqualTo("Đình làng Đình Bảng");
        assertThat(submission.problems()).isEmpty();
    }

    @Test
    void linksOutOfTheFolderAreNotFollowed(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "x");
        Files.createSymbolicLink(folder.resolve("link.txt"), secret);
        Files.createSymbolicLink(folder.resolve("linked-dir"), outside);
        Path inside = file("real.txt", "y");
        Files.createSymbolicLink(folder.resolve("alias.txt"), inside);

        Submission submission = scanner.scan(folder);

        assertThat(submission.files()).extracting(SubmittedFile::relativePath)
                .containsExactly("alias.txt", "real.txt");
        assertThat(submission.problems()).containsExactlyInAnyOrder(
                "'link.txt' is a link to outside the submission; skipped",
                "'linked-dir' is a link to outside the submission; skipped");
    }

    @Test
    void aSheetThatIsNotUtf8IsRefusedClearly() throws IOException {
        file("a.pdf", "a");
        sheet("file,title\na.pdf,H\u00e0 N\u1ed9i\n".getBytes(java.nio.charset.Charset.forName("windows-1258")));

        assertThatThrownBy(() -> scanner.scan(folder))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("metadata.csv is not UTF-8");
    }

    @Test
    void aMissingFolderOrAFileIsRefused() throws IOException {
        Path plainFile = file("plain.txt", "x");

        assertThatThrownBy(() -> scanner.scan(folder.resolve("nowhere")))
                .isInstanceOf(SubmissionException.class)
                .hasMessageEndingWith("does not exist");
        assertThatThrownBy(() -> scanner.scan(plainFile))
                .isInstanceOf(SubmissionException.class)
                .hasMessageEndingWith("is not a folder, a bag or a zip");
    }

    @Test
    void emptyFolderGivesAnEmptySubmission() {
        Submission submission = scanner.scan(folder);

        assertThat(submission.files()).isEmpty();
        assertThat(submission.problems()).isEqualTo(List.of());
    }
}
