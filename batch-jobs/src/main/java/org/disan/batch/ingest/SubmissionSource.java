package org.disan.batch.ingest;

import java.nio.file.Path;
import org.disan.ingest.model.Access;
import org.disan.ingest.submission.Submission;

/**
 * The submission a job execution works on (a folder, a BagIt bag or a zip), scanned once on first
 * use. A restarted execution scans again for its progress and report, while its partitions keep
 * the files the first scan dealt them ({@link PartitionFiles}). Zips are unpacked into the data
 * folder, where a restart finds them.
 */
public class SubmissionSource {

    private final Path submissionPath;
    private final Access defaultAccess;
    private final SubmissionScanning scanning;
    private Submission submission;

    /** @param defaultAccess the access asked for files the sheet gives none, or {@code null} for the default */
    public SubmissionSource(Path submissionPath, Access defaultAccess, SubmissionScanning scanning) {
        this.submissionPath = submissionPath;
        this.defaultAccess = defaultAccess;
        this.scanning = scanning;
    }

    /** A submission whose zip, if it is one, is unpacked under the given folder. */
    public SubmissionSource(Path submissionPath, Path unpackRoot, Access defaultAccess) {
        this(submissionPath, defaultAccess, SubmissionScanning.unpackingInto(unpackRoot));
    }

    /**
     * The submission of an ingest job, from its {@code folder} and {@code default-access} parameters:
     * every step that reads the files reads them with the same access.
     */
    public static SubmissionSource ofJob(String folder, String defaultAccess, SubmissionScanning scanning) {
        return new SubmissionSource(Path.of(folder), defaultAccess == null ? null : Access.parse(defaultAccess),
                scanning);
    }

    public synchronized Submission submission() {
        if (submission == null) {
            submission = scanning.scan(submissionPath, defaultAccess);
        }
        return submission;
    }
}
