package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionSizeTest {

    @TempDir
    Path temp;

    @Test
    void aFolderWithAFewShortFilesIsSmall() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("one/nested"));
        Files.writeString(folder.resolve("note.txt"), "Hà Nội");

        assertThat(SubmissionSize.isSmall(temp.resolve("one"))).isTrue();
    }

    @Test
    void moreFilesOrMoreBytesAreNot() throws IOException {
        Path many = Files.createDirectories(temp.resolve("many"));
        for (int i = 0; i <= SubmissionSize.SMALL_FILES; i++) {
            Files.writeString(many.resolve("note-" + i + ".txt"), "Hồ Gươm");
        }
        Path large = Files.createDirectories(temp.resolve("large"));
        Files.write(large.resolve("scan.tif"), new byte[(int) SubmissionSize.SMALL_BYTES + 1]);

        assertThat(SubmissionSize.isSmall(many)).isFalse();
        assertThat(SubmissionSize.isSmall(large)).isFalse();
    }

    @Test
    void aPackedSubmissionIsJudgedByItsSizeAndAMissingOneIsNotSmall() throws IOException {
        Path zip = Files.write(temp.resolve("submission.zip"), new byte[1000]);

        assertThat(SubmissionSize.isSmall(zip)).isTrue();
        assertThat(SubmissionSize.isSmall(temp.resolve("missing"))).isFalse();
    }
}
