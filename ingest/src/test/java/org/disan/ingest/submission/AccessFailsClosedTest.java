package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets as careless museums write them must never make a file public by mistake. */
class AccessFailsClosedTest {

    @TempDir
    Path folder;

    private void file(String relative) throws IOException {
        Path path = folder.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, relative, StandardCharsets.UTF_8);
    }

    private void sheet(String csv) throws IOException {
        Files.writeString(folder.resolve("metadata.csv"), csv, StandardCharsets.UTF_8);
    }

    private static Map<String, SubmittedFile> byPath(Submission submission) {
        return submission.files().stream().collect(Collectors.toMap(SubmittedFile::relativePath, Function.identity()));
    }

    @Test
    void aRowWithOneUnquotedCommaTooManyLeavesItsFileRestrictedAndSaysSo() throws IOException {
        file("photos/dinh-lang.jpg");
        file("photos/cho-que.jpg");
        sheet("file,title,access\n"
                + "photos/dinh-lang.jpg,Đình làng, hội làng,restricted\n"
                + "photos/cho-que.jpg,Chợ quê,public\n");

        Submission submission = new SubmissionScanner().scan(folder);

        Map<String, SubmittedFile> files = byPath(submission);
        assertThat(files.get("photos/dinh-lang.jpg").access().level()).isEqualTo(AccessLevel.RESTRICTED);
        assertThat(files.get("photos/cho-que.jpg").access()).isEqualTo(Access.PUBLIC);
        assertThat(submission.problems()).anySatisfy(p -> assertThat(p)
                .contains("line 2").contains("4 cells but the header has 3").contains("default access"));
    }

    @Test
    void aRowInAnotherCaseStillGivesItsAccessAndTheReportSaysWhatItMatched() throws IOException {
        file("Photos/Ca-Tru.JPG");
        sheet("file,title,access\nphotos/ca-tru.jpg,Ca trù,restricted\n");

        Submission submission = new SubmissionScanner().scan(folder);

        SubmittedFile caTru = byPath(submission).get("Photos/Ca-Tru.JPG");
        assertThat(caTru.access().level()).isEqualTo(AccessLevel.RESTRICTED);
        assertThat(caTru.metadata().title()).isEqualTo("Ca trù");
        assertThat(submission.notes()).anySatisfy(n -> assertThat(n)
                .contains("'photos/ca-tru.jpg' is taken as the row of 'Photos/Ca-Tru.JPG'"));
        assertThat(submission.problems()).isEmpty();
    }

    @Test
    void aRowWithALeadingFolderOrWithoutOneStillMatches() throws IOException {
        file("am-thanh/xoan.wav");
        file("anh/hue.jpg");
        sheet("file,access\n"
                + "bo-suu-tap-phu-tho/am-thanh/xoan.wav,restricted\n"
                + "hue.jpg,embargoed:2031-01-01\n");

        Submission submission = new SubmissionScanner().scan(folder);

        Map<String, SubmittedFile> files = byPath(submission);
        assertThat(files.get("am-thanh/xoan.wav").access().level()).isEqualTo(AccessLevel.RESTRICTED);
        assertThat(files.get("anh/hue.jpg").access().level()).isEqualTo(AccessLevel.EMBARGOED);
        assertThat(submission.notes()).hasSize(4).anySatisfy(n -> assertThat(n).contains("'hue.jpg' is taken as the row of 'anh/hue.jpg'"));
    }

    @Test
    void aRowWrittenDecomposedMatchesTheComposedFileName() throws IOException {
        file("ảnh/Hồ Gươm.jpg");
        String decomposed = Normalizer.normalize("ảnh/Hồ Gươm.jpg", Normalizer.Form.NFD);
        sheet("file,access\n" + decomposed + ",restricted\n");

        Submission submission = new SubmissionScanner().scan(folder);

        assertThat(submission.files()).singleElement()
                .satisfies(f -> assertThat(f.access().level()).isEqualTo(AccessLevel.RESTRICTED));
        assertThat(submission.problems()).isEmpty();
    }

    @Test
    void anAmbiguousRowIsUsedForNeitherFile() throws IOException {
        file("2020/le-hoi.jpg");
        file("2021/le-hoi.jpg");
        sheet("file,access\nle-hoi.jpg,public\n");

        Submission submission = new SubmissionScanner().scan(folder);

        assertThat(submission.files()).allSatisfy(f -> assertThat(f.access()).isEqualTo(Access.RESTRICTED));
        assertThat(submission.problems()).anySatisfy(p -> assertThat(p)
                .contains("'2020/le-hoi.jpg' could be the file of metadata.csv lines 2").contains("default access (restricted)"));
    }

    @Test
    void aFileWithoutARowGetsTheDefaultAccessRestrictedUnlessSaidOtherwise() throws IOException {
        file("a.jpg");
        file("b.jpg");
        sheet("file,title\na.jpg,Ảnh A\n");

        Submission restricted = new SubmissionScanner().scan(folder);
        Submission asked = new SubmissionScanner().scan(folder, Access.parse("embargoed:2030-05-01"));

        assertThat(restricted.files()).allSatisfy(f -> assertThat(f.access()).isEqualTo(Access.RESTRICTED));
        assertThat(restricted.sheetProblems()).containsExactly(
                "'b.jpg' has no row in metadata.csv; it gets the default access (restricted)");
        assertThat(restricted.notes()).anySatisfy(n -> assertThat(n).contains("gives no access on 1 row (line 2)"));
        assertThat(asked.files()).allSatisfy(f -> assertThat(f.access()).isEqualTo(Access.parse("embargoed:2030-05-01")));
        assertThat(asked.notes()).contains("default access: embargoed:2030-05-01 (as asked)");
    }

    @Test
    void aSubmissionWithoutASheetIsPublicUnlessSaidOtherwise() throws IOException {
        file("a.jpg");

        assertThat(new SubmissionScanner().scan(folder).files().get(0).access()).isEqualTo(Access.PUBLIC);
        assertThat(new SubmissionScanner().scan(folder, Access.RESTRICTED).files().get(0).access())
                .isEqualTo(Access.RESTRICTED);
    }

    @Test
    void aQuoteNeverClosedKeepsTheRowsBeforeItAndRestrictsTheRest() throws IOException {
        file("a.jpg");
        file("b.jpg");
        sheet("file,title,access\na.jpg,Ảnh A,public\nb.jpg,\"Ảnh B,public\n");

        Submission submission = new SubmissionScanner().scan(folder);

        Map<String, SubmittedFile> files = byPath(submission);
        assertThat(files.get("a.jpg").access()).isEqualTo(Access.PUBLIC);
        assertThat(files.get("b.jpg").access()).isEqualTo(Access.RESTRICTED);
        assertThat(submission.sheetProblems()).anySatisfy(p -> assertThat(p).contains("cannot be read after line 2"));
    }
}
