package org.disan.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A preview that cannot be made is a field of the record, also for records stored before the field. */
class PreviewsNotMadeTest {

    private static final String ID = "a".repeat(64);

    /** A recording's record.json as the store kept it while the reason was a note. */
    private static final String OLD_RECORDING_JSON = """
            {
              "id" : "%s",
              "technical" : { "mimeType" : "audio/mpeg", "sizeBytes" : 10, "properties" : { } },
              "fullText" : "",
              "derivatives" : [ ],
              "notes" : [ "OCR skipped: ocr off", "no waveform: ffmpeg not installed" ]
            }
            """.formatted(ID);

    private static ArchiveRecord recording(Map<PreviewType, String> previewsNotMade, Derivative... derivatives) {
        return new ArchiveRecord(ID, null, new TechnicalMetadata("audio/mpeg", null, 10, Map.of()), null, "",
                null, null, null, List.of(derivatives), null, List.of(), null, null, null, List.of(),
                previewsNotMade);
    }

    @Test
    void anOldStoredRecordsPreviewNoteReadsAsTheField() throws Exception {
        ArchiveRecord read = RecordJson.read(OLD_RECORDING_JSON.getBytes(StandardCharsets.UTF_8));

        assertThat(read.previewsNotMade()).containsExactly(Map.entry(PreviewType.WAVEFORM, "ffmpeg not installed"));
        assertThat(read.notes()).containsExactly("OCR skipped: ocr off");
        assertThat(PreviewType.WAVEFORM.settled(read)).isTrue();
        assertThat(PreviewType.offers(read, DerivativeKind.WAVEFORM)).isFalse();
    }

    @Test
    void aMigratedRecordIsWrittenWithTheFieldAndReadsBackTheSame() {
        ArchiveRecord read = RecordJson.read(OLD_RECORDING_JSON);

        String written = RecordJson.compact(read);

        assertThat(written).contains("\"previewsNotMade\":{\"WAVEFORM\":\"ffmpeg not installed\"}")
                .doesNotContain("no waveform: ");
        assertThat(RecordJson.read(written)).isEqualTo(read);
    }

    @Test
    void aRecordWithoutPreviewNotesReadsUnchanged() {
        ArchiveRecord record = recording(Map.of());

        assertThat(RecordJson.read(RecordJson.compact(record))).isEqualTo(record);
    }

    @Test
    void aPreviewIsSettledOnceMadeOrFoundImpossibleAndOnlyThen() {
        Derivative waveform = new Derivative(DerivativeKind.WAVEFORM, "ab/waveform.png", "image/png", 1200, 200);

        assertThat(PreviewType.WAVEFORM.settled(recording(Map.of()))).isFalse();
        assertThat(PreviewType.WAVEFORM.settled(recording(Map.of(), waveform))).isTrue();
        assertThat(PreviewType.WAVEFORM.settled(recording(Map.of(PreviewType.WAVEFORM, "ffmpeg not installed"))))
                .isTrue();
        assertThat(PreviewType.WAVEFORM.settled(recording(Map.of(PreviewType.KEYFRAME, "another preview"))))
                .isFalse();
    }

    @Test
    void aNoteThatOnlyLooksLikeAPreviewNoteStaysANote() {
        ArchiveRecord record = RecordJson.read(OLD_RECORDING_JSON.replace("no waveform: ffmpeg not installed",
                "the sheet says: no waveform: wanted"));

        assertThat(record.previewsNotMade()).isEmpty();
        assertThat(record.notes()).contains("the sheet says: no waveform: wanted");
    }
}
