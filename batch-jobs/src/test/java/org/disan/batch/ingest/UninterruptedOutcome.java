package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;

/**
 * What an uninterrupted ingest of a {@link LetterSubmission} leaves behind, checked after one that
 * was interrupted: the store and the index hold exactly one record per distinct letter (nothing
 * lost, nothing twice), and the report counts every file once, as it would have without the failure.
 */
final class UninterruptedOutcome {

    private UninterruptedOutcome() {}

    static void assertArchiveEqualsUninterruptedRun(DataFolder data, IndexSelection selection,
            LetterSubmission submission) throws Exception {
        Set<String> expected = submission.recordIds();
        try (var records = new ArchiveStore(data.store()).records()) {
            assertThat(records.map(ArchiveRecord::id).collect(Collectors.toList()))
                    .as("the records in the store").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        try (ArchiveIndex index = ArchiveIndexes.open(data, selection)) {
            assertThat(index.count()).as("the records in the index").isEqualTo(expected.size());
            assertThat(expected).as("every stored record is in the index")
                    .allSatisfy(id -> assertThat(index.get(id)).as(id).isPresent());
        }
        IngestReports reports = new IngestReports(data.reports());
        IngestReport report = reports.read(1);
        assertThat(report.filesFound()).isEqualTo(submission.files());
        assertThat(report.ingested()).as("files reported ingested").isEqualTo(submission.letters());
        assertThat(report.duplicates()).as("files reported as duplicates").isEqualTo(1);
        assertThat(report.failures()).extracting(IngestReport.FileIssue::file)
                .containsExactly(LetterSubmission.BROKEN);
        assertThat(reports.outcomeLog(1).read()).as("one outcome per file").hasSize(submission.files());
    }
}
