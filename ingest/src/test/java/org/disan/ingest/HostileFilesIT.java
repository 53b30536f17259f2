package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files too slow for the unit tests. */
class HostileFilesIT {

    @TempDir
    Path data;

    @TempDir
    Path in;

    private IngestOutcome ingest(Path file) throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        try (FileIngester ingester = new FileIngester(store, IngestSettings.defaults())) {
            return ingester.ingest(new SubmittedFile(file, file.getFileName().toString(), Files.size(file),
                    DublinCore.EMPTY, Access.PUBLIC), "hostile", null);
        }
    }

    @Test
    void pixelFloodPngIsDecodedSubsampledWithoutExhaustingMemory() throws IOException {
        Path flood = pixelFloodPng(in.resolve("flood.png"), 30_000, 30_000);

        IngestOutcome outcome = ingest(flood);

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.record().technical().properties())
                .containsEntry("width", "30000").containsEntry("height", "30000");
        assertThat(outcome.record().derivatives()).hasSize(2);
        assertThat(outcome.record().derivatives().get(1).width()).isLessThanOrEqualTo(800);
    }

    @Test
    void aSubmittedZipHoldingAZipBombIsIngestedWithoutExpandingIt() throws IOException {
        // 1 GB of repeated text, inside a zip, inside the submitted zip.
        java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(inner)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("bomb.txt"));
            byte[] block = "Hà Nội ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 1_000_000_000L; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        Path outer = in.resolve("nested.zip");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(outer))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("inner.zip"));
            zip.write(inner.toByteArray());
            zip.closeEntry();
        }

        long started = System.nanoTime();
        IngestOutcome outcome = ingest(outer);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(seconds).isLessThan(120);
        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.warnings()).anyMatch(w -> w.startsWith("part of the file could not be read: Suspected zip bomb"));
        assertThat(outcome.record().notes()).isEqualTo(outcome.warnings());
        assertThat(outcome.record().fullText().length()).isLessThan(2_000_000);
    }

    /** A valid PNG header claiming a huge grey image, with rows of zeros compressed to little. */
    static Path pixelFloodPng(Path file, int width, int height) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            java.io.ByteArrayOutputStream ihdr = new java.io.ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {1, 0, 0, 0, 0}); // 1-bit greyscale, deflate, no filter, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
            byte[] row = new byte[1 + (width + 7) / 8];
            try (OutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        out.writeInt(body.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
