package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large files stream to disk: a JVM whose heap is far smaller than the TIFF and the WAV it
 * writes still writes them, and a 500-page PDF besides.
 */
class LargeFilesIT {

    private static final String HEAP = "-Xmx96m";
    private static final long TIFF_MB = 256;
    private static final long WAV_MINUTES = 30;

    @TempDir
    Path temp;

    @Test
    void largeFilesAreWrittenWithAHeapSmallerThanThem() throws IOException, InterruptedException {
        // given a child JVM with a 96 MB heap
        Path out = temp.resolve("corpus");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                CorpusGenerator.class.getName(), "--out", out.toString(), "--count", "0", "--seed", "3", "--large",
                "--large-tiff-mb", Long.toString(TIFF_MB), "--large-wav-minutes", Long.toString(WAV_MINUTES),
                "--large-wav-rate", "22050", "--large-pdf-pages", "500");

        // when it generates a 256 MB TIFF, a 30-minute WAV (~79 MB) and a 500-page PDF
        Path log = temp.resolve("generator.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("generator finished in time").isTrue();

        // then it succeeds, and the files have their full sizes
        assertThat(process.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        Map<FileKind, ManifestEntry> files = CorpusManifest.read(out).files().stream()
                .collect(Collectors.toMap(ManifestEntry::kind, entry -> entry));
        assertThat(files.get(FileKind.TIFF).size()).isGreaterThan((TIFF_MB << 20) - (1 << 20));
        assertThat(files.get(FileKind.WAV).size()).isEqualTo(44 + WAV_MINUTES * 60 * 22_050 * 2);
        assertThat(files.get(FileKind.TEXT_PDF).size()).isGreaterThan(500_000);
        assertThat(Files.size(out.resolve(files.get(FileKind.TIFF).file()))).isEqualTo(files.get(FileKind.TIFF).size());
    }
}
