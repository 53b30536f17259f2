package org.disan.batch.web.submissions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.disan.batch.data.DataFolder;
import org.disan.batch.ingest.IngestJobRunner;
import org.disan.ingest.OcrMode;
import org.disan.ingest.model.Access;
import org.disan.ingest.submission.ZipLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Takes an uploaded zip or bag into the archive: streams it into a staging folder inside the
 * data folder (so the final move is a rename on the same disk), checks it, moves it atomically
 * to {@code <data>/submissions/<id>/} and starts its ingest in the background. A refused upload
 * leaves nothing behind.
 */
@Component
@EnableConfigurationProperties(SubmissionSettings.class)
public class SubmissionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);
    private static final String STAGING = ".incoming";

    private final Path submissions;
    private final long maxBytes;
    private final UploadCheck check = new UploadCheck(ZipLimits.defaults());
    private final IngestJobRunner runner;
    private final JobLauncher launcher;
    private final Job ingestJob;

    public SubmissionIntake(DataFolder dataFolder, SubmissionSettings settings, IngestJobRunner runner,
            JobLauncher launcher, Job ingestJob) {
        this.submissions = submissionsFolder(dataFolder);
        this.maxBytes = settings.maxSize().toBytes();
        this.runner = runner;
        this.launcher = launcher;
        this.ingestJob = ingestJob;
    }

    /** Where accepted submissions are kept, one folder each. */
    public static Path submissionsFolder(DataFolder dataFolder) {
        return dataFolder.root().resolve("submissions");
    }

    /**
     * @param declaredLength the request's Content-Length, or -1 when it sent none
     * @throws UploadRefusedException when the upload is too large or not an intact submission
     */
    public AcceptedSubmission accept(InputStream body, long declaredLength, String name) throws Exception {
        return accept(body, declaredLength, name, null);
    }

    /**
     * @param defaultAccess the access of files the sheet gives none for, or {@code null} for the
     *     default (restricted when there is a sheet)
     * @throws UploadRefusedException as {@link #accept(InputStream, long, String)}, and when the sheet has problems
     */
    public AcceptedSubmission accept(InputStream body, long declaredLength, String name, Access defaultAccess)
            throws Exception {
        if (declaredLength > maxBytes) {
            throw UploadRefusedException.tooLarge(maxBytes);
        }
        String id = UUID.randomUUID().toString();
        String fileName = SubmissionName.zipFileName(name);
        Path staging = Files.createDirectories(submissions.resolve(STAGING).resolve(id));
        Path accepted = submissions.resolve(id);
        try {
            BoundedCopy.copy(body, staging.resolve(fileName), maxBytes);
            Path scratch = Files.createDirectory(staging.resolve(".check"));
            check.check(staging.resolve(fileName), scratch, defaultAccess);
            FileSystemUtils.deleteRecursively(scratch);
            Files.move(staging, accepted, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception refused) {
            removeQuietly(staging);
            throw refused;
        }
        JobExecution execution = launch(accepted.resolve(fileName), defaultAccess);
        LOG.info("Submission {} ({}) accepted; ingest job {} started", id, fileName, execution.getId());
        return new AcceptedSubmission(id, fileName, execution.getId(), execution.getStatus().name());
    }

    /** One launch at a time, so two uploads never draw the same run id. */
    private synchronized JobExecution launch(Path zip, Access defaultAccess) throws Exception {
        return launcher.run(ingestJob, runner.newParameters(zip, OcrMode.AUTO, false,
                Runtime.getRuntime().availableProcessors(), defaultAccess));
    }

    private static void removeQuietly(Path staging) {
        try {
            FileSystemUtils.deleteRecursively(staging);
        } catch (IOException e) {
            LOG.warn("Could not remove the refused upload in {}: {}", staging, e.toString());
        }
    }
}
