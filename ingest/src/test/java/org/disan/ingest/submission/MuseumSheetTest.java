package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ExtraField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet as museums write them: their own column names, several values in a cell, extra columns. */
class MuseumSheetTest {

    @TempDir
    Path folder;

    private Submission scan(String csv, String... files) throws IOException {
        for (String relative : files) {
            Path path = folder.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, relative, StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("metadata.csv"), csv, StandardCharsets.UTF_8);
        return new SubmissionScanner().scan(folder);
    }

    @Test
    void englishColumnsWithSemicolonSeparatedValuesAsInTheMuseumsSheet() throws IOException {
        Submission submission = scan("file,title,creator,date,subject,place,language,rights,collection,access\n"
                + "am-nhac/ca-tru.mp3,Ca trù Thăng Long,Nguyễn Văn A; Trần Thị B,khoảng 1960,"
                + "đô thị; âm nhạc dân gian; Hà Nội,Hà Nội; Việt Nam,vi-VN; English,CC BY 4.0,Âm nhạc cổ truyền,public\n",
                "am-nhac/ca-tru.mp3");

        SubmittedFile file = submission.files().get(0);
        assertThat(file.metadata().creators()).containsExactly("Nguyễn Văn A", "Trần Thị B");
        assertThat(file.metadata().subjects()).containsExactly("đô thị", "âm nhạc dân gian", "Hà Nội");
        assertThat(file.metadata().coverage()).containsExactly("Hà Nội", "Việt Nam");
        assertThat(file.metadata().languages()).containsExactly("vi", "en");
        assertThat(file.metadata().date()).isEqualTo("khoảng 1960");
        assertThat(file.collection()).isEqualTo("Âm nhạc cổ truyền");
        assertThat(file.access()).isEqualTo(Access.PUBLIC);
        assertThat(submission.problems()).isEmpty();
        assertThat(submission.notes()).contains(
                "metadata.csv columns read as: 'file' → file, 'title' → title, 'creator' → creator, 'date' → date,"
                        + " 'subject' → subject, 'place' → coverage, 'language' → language, 'rights' → rights,"
                        + " 'collection' → collection, 'access' → access",
                "metadata.csv: several values in a cell are split on ';'");
    }

    @Test
    void vietnameseColumnsMatchWithoutRegardToCaseOrDiacriticsAndOthersAreKept() throws IOException {
        Submission submission = scan("Tệp,TIÊU ĐỀ,tac gia,Từ khoá,Địa điểm,Ngôn ngữ,Bộ sưu tập,Số đăng ký,Tình trạng\n"
                + "gom/binh.jpg,Bình gốm men lam,Nghệ nhân Bát Tràng | Xưởng gốm,gốm sứ | thủ công,"
                + "Bát Tràng,Tiếng Việt,Gốm Bát Tràng,BT-1982-007,nứt nhẹ ở miệng\n",
                "gom/binh.jpg");

        SubmittedFile file = submission.files().get(0);
        assertThat(file.metadata().title()).isEqualTo("Bình gốm men lam");
        assertThat(file.metadata().creators()).containsExactly("Nghệ nhân Bát Tràng", "Xưởng gốm");
        assertThat(file.metadata().subjects()).containsExactly("gốm sứ", "thủ công");
        assertThat(file.metadata().coverage()).containsExactly("Bát Tràng");
        assertThat(file.metadata().language()).isEqualTo("vi");
        assertThat(file.collection()).isEqualTo("Gốm Bát Tràng");
        assertThat(file.extraFields()).containsExactly(
                new ExtraField("Số đăng ký", "BT-1982-007"), new ExtraField("Tình trạng", "nứt nhẹ ở miệng"));
        assertThat(submission.notes()).contains(
                "metadata.csv columns kept as they are: 'Số đăng ký', 'Tình trạng'");
        assertThat(submission.notes()).anySatisfy(n -> assertThat(n)
                .contains("'Địa điểm' → coverage").contains("'tac gia' → creator").contains("'Bộ sưu tập' → collection"));
    }

    @Test
    void bothSeparatorsInOneSheetSplitOnTheBarOnly() throws IOException {
        Submission submission = scan("file,subject\n"
                + "a.jpg,lễ hội | đình làng\n"
                + "b.jpg,\"Hà Nội; 1010\"\n", "a.jpg", "b.jpg");

        assertThat(submission.files().get(0).metadata().subjects()).containsExactly("lễ hội", "đình làng");
        assertThat(submission.files().get(1).metadata().subjects()).containsExactly("Hà Nội; 1010");
        assertThat(submission.notes()).contains(
                "metadata.csv uses both '|' and ';' in cells; values are split on '|' only");
    }

    @Test
    void aLanguageNoOneKnowsIsKeptAsWrittenAndReported() throws IOException {
        Submission submission = scan("file,language\na.jpg,tiếng địa phương\n", "a.jpg");

        assertThat(submission.files().get(0).metadata().language()).isEqualTo("tiếng địa phương");
        assertThat(submission.notes()).anySatisfy(n -> assertThat(n)
                .contains("line 2: language 'tiếng địa phương' is not a language code or a known name"));
    }
}
