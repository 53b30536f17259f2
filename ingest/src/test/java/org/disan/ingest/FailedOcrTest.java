package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file Tesseract cannot read is still ingested with its metadata, and the report says OCR failed. */
class FailedOcrTest {

    @TempDir
    Path data;

    @TempDir
    Path in;

    @Test
    void anImageTesseractCannotReadIsIngestedWithItsMetadataAndAWarning() throws IOException {
        // given an image that Tika takes for a TIFF scan but that Tesseract cannot read
        Path raw = Files.write(in.resolve("DSC_0042.tif"), rawTiff());

        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("store")),
                IngestSettings.defaults().withOcrMode(OcrMode.AUTO))) {
            assertThat(ingester.ocrAvailable()).as("tesseract (batch-jobs/bin/setup-machine installs it)").isTrue();

            // when
            IngestOutcome outcome = ingester.ingest(new SubmittedFile(raw, "DSC_0042.tif", Files.size(raw),
                    DublinCore.EMPTY, Access.PUBLIC), "camera", null);

            // then
            assertThat(outcome.status()).as(String.valueOf(outcome.reason())).isEqualTo(Status.INGESTED);
            assertThat(outcome.warnings()).anyMatch(warning -> warning.startsWith("OCR failed: "));
            assertThat(outcome.record().technical().mimeType()).isEqualTo("image/tiff");
            assertThat(outcome.record().technical().properties()).isNotEmpty();
        }
    }

    /** A TIFF of Nikon's raw compression (34713) whose width is 0: Tesseract exits with an error. */
    private static byte[] rawTiff() {
        int[][] entries = {
            {256, 3, 0}, {257, 3, 16}, {258, 3, 8}, {259, 3, 34713}, {262, 3, 1},
            {273, 4, -1}, {277, 3, 1}, {278, 3, 16}, {279, 4, 64}};
        int dataAt = 8 + 2 + entries.length * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(dataAt + 64).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I', 42, 0}).putInt(8).putShort((short) entries.length);
        for (int[] entry : entries) {
            int value = entry[2] < 0 ? dataAt : entry[2];
            tiff.putShort((short) entry[0]).putShort((short) entry[1]).putInt(1);
            if (entry[1] == 3) {
                tiff.putShort((short) value).putShort((short) 0);
            } else {
                tiff.putInt(value);
            }
        }
        tiff.putInt(0);
        for (int i = 0; i < 64; i++) {
            tiff.put((byte) i);
        }
        return tiff.array();
    }
}
