package org.disan.batch.web.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

    @Test
    void aLongNameIsCutBetweenCharactersNeverInsideOne() {
        // 𡨸 (chữ, in Nôm script) lies outside the Basic Multilingual Plane: two UTF-16 units.
        String name = SubmissionName.zipFileName("a".repeat(79) + "𡨸𡨸𡨸");

        assertThat(name).isEqualTo("a".repeat(79) + "𡨸.zip");
        assertThat(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).as("no half character").isEqualTo(name);
    }
}
