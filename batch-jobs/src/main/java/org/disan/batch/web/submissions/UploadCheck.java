package org.disan.batch.web.submissions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmissionException;
import org.disan.ingest.submission.SubmissionScanner;
import org.disan.ingest.submission.ZipLimits;

/**
 * Reads an uploaded zip the way the ingest job will, before it is accepted: it must be a
 * readable zip within the {@link ZipLimits} (judged from its directory before it is unpacked),
 * hold at least one file, and, when it is a BagIt
 * bag, pass its manifests whole. A bag is a promise that its payload arrived intact, so a bag
 * with any problem is refused rather than partly ingested; so is a zip whose metadata sheet has
 * problems (a row that cannot be read, a file without a row), since the sheet decides who sees
 * the files and the sender can fix it and send again.
 */
final class UploadCheck {

    private static final String BAG_DECLARATION = "bagit.txt";
    private static final String BAG_PAYLOAD = "data";

    private final ZipLimits limits;

    UploadCheck(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * @param scratch an empty folder to unpack into; the caller removes it
     * @throws UploadRefusedException (400) with every problem found
     */
    void check(Path zip, Path scratch, Access defaultAccess) {
        Submission submission;
        try {
            submission = new SubmissionScanner(scratch, limits).scan(zip, defaultAccess);
        } catch (SubmissionException e) {
            throw UploadRefusedException.malformed("the upload is not taken: " + e.getMessage(), List.of());
        }
        if (isBag(submission) && !submission.problems().isEmpty()) {
            throw UploadRefusedException.malformed("the bag does not match its manifest; nothing was ingested",
                    submission.problems());
        }
        if (!submission.sheetProblems().isEmpty()) {
            throw UploadRefusedException.malformed("the metadata sheet has problems; nothing was ingested",
                    submission.sheetProblems());
        }
        if (submission.files().isEmpty()) {
            throw UploadRefusedException.malformed("the upload holds no file to ingest", submission.problems());
        }
    }

    /** A bag's submission root is its payload folder, beside the bag's declaration. */
    private static boolean isBag(Submission submission) {
        Path root = submission.root();
        return root.getFileName() != null && root.getFileName().toString().equals(BAG_PAYLOAD)
                && Files.isRegularFile(root.resolveSibling(BAG_DECLARATION));
    }
}
