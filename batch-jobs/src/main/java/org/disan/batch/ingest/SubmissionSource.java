package org.disan.batch.ingest;

import java.nio.file.Path;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.model.Access;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmissionScanner;
import org.disan.ingest.submission.ZipLimits;

/**
 * The submission a job execution works on (a folder, a BagIt bag or a zip), scanned once on first
 * use. A restarted execution scans again; the files come sorted by path, so positions saved by
 * the reader stay valid. Zips are unpacked into the data folder, where a restart finds them.
 */
public class SubmissionSource {

    private final Path submissionPath;
    private final Path unpackRoot;
    private final Access defaultAccess;
    private Submission submission;

    /** @param defaultAccess the access asked for files the sheet gives none, or {@code null} for the default */
    public SubmissionSource(Path submissionPath, Path unpackRoot, Access defaultAccess) {
        this.submissionPath = submissionPath;
        this.unpackRoot = unpackRoot;
        this.defaultAccess = defaultAccess;
    }

    /**
     * The submission of an ingest job, from its {@code folder} and {@code default-access} parameters:
     * every step that reads the files reads them with the same access.
     */
    public static SubmissionSource ofJob(String folder, String defaultAccess, DataFolder dataFolder) {
        return new SubmissionSource(Path.of(folder), dataFolder.unpacked(),
                defaultAccess == null ? null : Access.parse(defaultAccess));
    }

    public synchronized Submission submission() {
        if (submission == null) {
            submission = new SubmissionScanner(unpackRoot, ZipLimits.defaults()).scan(submissionPath, defaultAccess);
        }
        return submission;
    }
}
