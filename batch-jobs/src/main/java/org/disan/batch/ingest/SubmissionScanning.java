package org.disan.batch.ingest;

import java.nio.file.Path;
import org.disan.ingest.model.Access;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmissionScanner;
import org.disan.ingest.submission.ZipLimits;

/**
 * How the ingest job reads a submission: walks the folder, parses the sheet, checks a bag's
 * manifests, unpacks a zip. One bean, so every scan a job makes goes through one place.
 */
@FunctionalInterface
public interface SubmissionScanning {

    /** @param defaultAccess the access asked for files the sheet gives none, or {@code null} for the default */
    Submission scan(Path submission, Access defaultAccess);

    /** The scanner that unpacks zips under the given folder, where a restart finds them. */
    static SubmissionScanning unpackingInto(Path unpackRoot) {
        return (submission, defaultAccess) ->
                new SubmissionScanner(unpackRoot, ZipLimits.defaults()).scan(submission, defaultAccess);
    }
}
