package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Provenance;
import org.junit.jupiter.api.Test;

class RedoneFilesTest {

    private static final String SUBMISSION = "letters";
    private final RedoneFiles redone = new RedoneFiles(SUBMISSION, Set.of(7L, 8L));

    @Test
    void aFileThatAnEarlierExecutionOfTheJobStoredIsIngestedWithItsNotes() {
        IngestOutcome outcome = redone.recognise(duplicate("a/letter.txt", stored(SUBMISSION, "a/letter.txt", 7L)));

        assertThat(outcome.status()).isEqualTo(Status.INGESTED);
        assertThat(outcome.reason()).contains("done again").contains("job execution 7");
        assertThat(outcome.warnings()).containsExactly("OCR skipped: tesseract not installed");
    }

    @Test
    void aCopyOfAFileOfTheSameJobIsStillADuplicate() {
        IngestOutcome outcome = redone.recognise(duplicate("copy.txt", stored(SUBMISSION, "a/letter.txt", 8L)));

        assertThat(outcome.status()).isEqualTo(Status.DUPLICATE);
    }

    @Test
    void theSameFileStoredByAnotherJobOrSubmissionIsStillADuplicate() {
        assertThat(redone.recognise(duplicate("a/letter.txt", stored(SUBMISSION, "a/letter.txt", 3L))).status())
                .isEqualTo(Status.DUPLICATE);
        assertThat(redone.recognise(duplicate("a/letter.txt", stored("other", "a/letter.txt", 7L))).status())
                .isEqualTo(Status.DUPLICATE);
        assertThat(redone.recognise(duplicate("a/letter.txt", stored(SUBMISSION, "a/letter.txt", null))).status())
                .isEqualTo(Status.DUPLICATE);
    }

    private static ArchiveRecord stored(String submission, String path, Long jobExecutionId) {
        return new ArchiveRecord("ab12", null, null, null, "text", null, null, null, List.of(),
                new Provenance(submission, path, Instant.now(), jobExecutionId),
                List.of("OCR skipped: tesseract not installed"));
    }

    private static IngestOutcome duplicate(String path, ArchiveRecord existing) {
        return new IngestOutcome(Status.DUPLICATE, path, existing, "same content as " + existing.id(), List.of(), null);
    }
}
