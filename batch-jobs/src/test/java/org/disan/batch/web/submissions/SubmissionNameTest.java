package org.disan.batch.web.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionNameTest {

    @Test
    void aMuseumsNameKeepsItsLettersAndBecomesOneZipFileName() {
        assertThat(SubmissionName.zipFileName("Bảo tàng Hà Nội 2024.zip")).isEqualTo("Bảo-tàng-Hà-Nội-2024.zip");
    }

    @Test
    void pathsAndHiddenNamesCannotLeaveTheSubmissionFolder() {
        assertThat(SubmissionName.zipFileName("../../etc/passwd")).isEqualTo("etc-passwd.zip");
        assertThat(SubmissionName.zipFileName(".hidden")).isEqualTo("hidden.zip");
        assertThat(SubmissionName.zipFileName("a/b\\c")).isEqualTo("a-b-c.zip");
    }

    @Test
    void noNameOrOnlySymbolsGetsTheDefault() {
        assertThat(SubmissionName.zipFileName(null)).isEqualTo("submission.zip");
        assertThat(SubmissionName.zipFileName("///")).isEqualTo("submission.zip");
    }
}
