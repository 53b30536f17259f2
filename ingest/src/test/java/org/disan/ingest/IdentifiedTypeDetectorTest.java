package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse trusts the type the identification found for the file itself, and only for it. */
class IdentifiedTypeDetectorTest {

    private final TikaEngine tika = TikaEngine.shared();
    private final IdentifiedTypeDetector detector = new IdentifiedTypeDetector(tika.detector());

    @TempDir
    Path folder;

    @Test
    void aFileCarryingItsIdentifiedTypeIsNotDetectedAgain() throws Exception {
        // given bytes of a PDF, passed with the type found for them earlier
        Metadata metadata = new Metadata();
        metadata.set(IdentifiedTypeDetector.IDENTIFIED_TYPE, "text/plain");
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

        // then that type is used as it is, without reading the bytes
        assertThat(detector.detect(new ByteArrayInputStream(pdf), metadata)).isEqualTo(MediaType.TEXT_PLAIN);
    }

    @Test
    void aFileWithoutOneIsDetectedFromItsContent() throws Exception {
        // given the same bytes as an embedded document would arrive: fresh metadata with a name only
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "attachment.bin");
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(detector.detect(TikaInputStream.get(pdf), metadata)).isEqualTo(MediaType.application("pdf"));
    }

    @Test
    void theExtractedMetadataDoesNotKeepTheTypePassedIn() throws Exception {
        Path text = Files.writeString(folder.resolve("note.txt"), "Nhã nhạc cung đình Huế.", StandardCharsets.UTF_8);
        Identification id = new Identifier(tika).identify(text, "note.txt");

        Extraction extraction = new Extractor(tika, IngestSettings.defaults().withOcrMode(OcrMode.OFF))
                .extract(text, "note.txt", id, new OcrPlan(false, false, false));

        assertThat(extraction.text()).isEqualTo("Nhã nhạc cung đình Huế.");
        assertThat(extraction.metadata().get(IdentifiedTypeDetector.IDENTIFIED_TYPE)).isNull();
        assertThat(extraction.metadata().get(Metadata.CONTENT_TYPE)).startsWith("text/plain");
    }
}
