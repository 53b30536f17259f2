package org.disan.batch.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPointerTest {

    @TempDir
    Path root;

    @Test
    void withoutAPointerTheLiveIndexIsTheIndexFolder() {
        assertThat(new IndexPointer(root).current()).isEqualTo(root.resolve("index"));
        assertThat(new DataFolder(root).index()).isEqualTo(root.resolve("index"));
    }

    @Test
    void newGenerationsAreNamedByTheirUtcTime() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T17:30:01.234Z"), ZoneOffset.ofHours(7));

        assertThat(new IndexPointer(root).newGeneration(clock)).isEqualTo("index-20261125T173001234Z");
    }

    @Test
    void switchingMakesTheGenerationLiveAndLeavesNoTemporaryFile() throws Exception {
        // given a built generation
        IndexPointer pointer = new IndexPointer(root);
        Files.createDirectories(root.resolve("index"));
        Files.createDirectories(root.resolve("index-20261125T173001234Z"));

        // when switching to it
        pointer.switchTo("index-20261125T173001234Z");

        // then it is live, the replaced index stays, and only the pointer file was added
        assertThat(new DataFolder(root).index()).isEqualTo(root.resolve("index-20261125T173001234Z"));
        assertThat(root.resolve("index")).isDirectory();
        try (var children = Files.list(root)) {
            assertThat(children.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("index", "index-20261125T173001234Z", "index.current");
        }
    }

    @Test
    void refusesAMissingOrStrangelyNamedGeneration() {
        IndexPointer pointer = new IndexPointer(root);

        assertThatThrownBy(() -> pointer.switchTo("index-20261125T173001234Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pointer.switchTo("../elsewhere")).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("index.current")).doesNotExist();
    }
}
