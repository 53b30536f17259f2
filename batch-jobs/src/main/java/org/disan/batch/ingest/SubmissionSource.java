package org.disan.batch.ingest;

import java.nio.file.Path;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmissionScanner;

/**
 * The submission a job execution works on, scanned once on first use. A restarted execution
 * scans again; the files come sorted by path, so positions saved by the reader stay valid.
 */
public class SubmissionSource {

    private final Path folder;
    private Submission submission;

    public SubmissionSource(Path folder) {
        this.folder = folder;
    }

    public synchronized Submission submission() {
        if (submission == null) {
            submission = new SubmissionScanner().scan(folder);
        }
        return submission;
    }
}
