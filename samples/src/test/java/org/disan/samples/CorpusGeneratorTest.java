package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void generatesEveryKindOfFileWithAManifestThatMatchesTheDisk() throws IOException {
        // given a small collection generated with the default mix
        CorpusManifest manifest = SmallCorpus.manifest();

        // then every kind is present (the audio and video kinds need ffmpeg, which the build machine has) ...
        assertThat(manifest.countsByKind().keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(FileKind.class));
        assertThat(manifest.files()).hasSize(SmallCorpus.COUNT);
        // ... and each listed size and hash is that of the file on disk
        for (ManifestEntry entry : manifest.files()) {
            Path file = SmallCorpus.folder().resolve(entry.file());
            assertThat(Files.size(file)).as(entry.file()).isEqualTo(entry.size()).isPositive();
            assertThat(ManifestEntry.sha256(file)).as(entry.file()).isEqualTo(entry.sha256());
            assertThat(entry.file()).startsWith(entry.kind().folder() + "/").endsWith("." + entry.kind().extension());
        }
        assertThat(CorpusManifest.read(SmallCorpus.folder())).isEqualTo(manifest);
    }

    @Test
    void sameSeedGivesByteIdenticalCollection() throws IOException {
        // given the shared collection, when the same spec is generated again elsewhere
        Path again = temp.resolve("again");
        CorpusGenerator.generate(again, CorpusSpec.of(SmallCorpus.COUNT, SmallCorpus.SEED).withThreads(1));

        // then every file, the sheet and the manifest hash the same
        assertThat(hashes(again)).isEqualTo(hashes(SmallCorpus.folder())).hasSize(SmallCorpus.COUNT + 2);
    }

    @Test
    void differentSeedGivesDifferentFiles() throws IOException {
        // given two text-only collections from different seeds
        Map<FileKind, Double> textOnly = new EnumMap<>(Map.of(FileKind.TEXT, 1.0));
        CorpusGenerator.generate(temp.resolve("one"), CorpusSpec.of(3, 1).withMix(textOnly));
        CorpusGenerator.generate(temp.resolve("two"), CorpusSpec.of(3, 2).withMix(textOnly));

        // then their contents differ
        assertThat(hashes(temp.resolve("one")).values()).doesNotContainAnyElementsOf(hashes(temp.resolve("two")).values());
    }

    @Test
    void withoutFfmpegItsKindsAreLeftOutWithANoteAndTheCountKept() throws IOException {
        // when a collection is generated as on a machine without ffmpeg
        CorpusManifest manifest = CorpusGenerator.generate(temp.resolve("no-ffmpeg"), CorpusSpec.of(10, 4), Optional.empty());

        // then no MP3, OGG or MP4 is written, the notes say why, and the other kinds fill the count
        assertThat(manifest.files()).hasSize(10).noneMatch(entry -> entry.kind().needsFfmpeg());
        assertThat(manifest.notes()).hasSize(3).allMatch(note -> note.startsWith("ffmpeg not found"));
        assertThat(CorpusManifest.read(temp.resolve("no-ffmpeg")).notes()).isEqualTo(manifest.notes());
    }

    @Test
    void refusesAFolderThatAlreadyHoldsFiles() throws IOException {
        // given a folder with a file in it
        Files.writeString(temp.resolve("keep.txt"), "not ours");

        // then generation refuses, through the API and on the command line
        assertThatThrownBy(() -> CorpusGenerator.generate(temp, CorpusSpec.of(1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
        int exit = new CommandLine(new CorpusGenerator()).execute("--out", temp.toString(), "--count", "1");
        assertThat(exit).isEqualTo(1);
        assertThat(temp.resolve("keep.txt")).hasContent("not ours");
    }

    @Test
    void commandLineWritesTheCollectionAndItsSheet() {
        // when the command is run for two files
        Path out = temp.resolve("cli");
        int exit = new CommandLine(new CorpusGenerator())
                .execute("--out", out.toString(), "--count", "2", "--seed", "5", "--threads", "1");

        // then it succeeds and writes the files, metadata.csv and corpus-manifest.json
        assertThat(exit).isZero();
        assertThat(out.resolve("metadata.csv")).isRegularFile();
        assertThat(out.resolve(CorpusManifest.FILE_NAME)).isRegularFile();
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), ManifestEntry.sha256(file));
            }
        }
        return hashes;
    }
}
