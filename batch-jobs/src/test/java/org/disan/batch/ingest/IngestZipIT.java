package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A museum's zip is ingested like a folder, unpacked into the data folder first. */
class IngestZipIT {

    @TempDir
    Path temp;

    @Test
    void aZippedSubmissionIsIngestedWithItsSheet() throws Exception {
        // given a zip with two letters and a metadata sheet that titles one of them
        Path zip = temp.resolve("thu-tu.zip");
        writeZip(zip, Map.of(
                "thu-tu/metadata.csv", "file,title,access\nthu-1.txt,Thư gửi Thăng Long,public\n",
                "thu-tu/thu-1.txt", "Thư thứ nhất gửi kinh thành Thăng Long.",
                "thu-tu/thu-2.txt", "Second letter about the craft villages."));
        DataFolder data = new DataFolder(temp.resolve("data"));

        // when it is ingested
        CommandLineRun run = CommandLineRun.of("ingest", "--ocr", "off", "--data", data.root().toString(), zip.toString());

        // then both files are in the archive, the sheet's title found by a folded search
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ingested      2").contains("failed        0");
        assertThat(data.unpacked()).isDirectory();
        CommandLineRun search = CommandLineRun.of("search", "--data", data.root().toString(), "thu gui thang long");
        assertThat(search.out()).contains(" 1. Thư gửi Thăng Long");
    }

    private static void writeZip(Path zip, Map<String, String> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                zipped.putNextEntry(new ZipEntry(entry.getKey()));
                zipped.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zipped.closeEntry();
            }
        }
    }
}
