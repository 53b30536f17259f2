package org.disan.batch.web.submissions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.disan.batch.data.DataFolder;
import org.disan.batch.ingest.IngestJobConfiguration;
import org.disan.batch.ingest.IngestJobRunner;
import org.disan.ingest.OcrMode;
import org.disan.ingest.model.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Takes an uploaded zip or bag into the archive: streams it into a staging folder inside the
 * data folder (so the final move is a rename on the same disk), checks it, moves it atomically
 * to {@code <data>/submissions/<id>/} and starts its ingest in the background. A refused upload
 * leaves nothing behind. One submission is taken at a time: while one arrives, is checked or is
 * still being ingested, the next is answered 429.
 */
@Component
@EnableConfigurationProperties(SubmissionSettings.class)
public class SubmissionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);
    static final String STAGING = ".incoming";

    private final Path submissions;
    private final long maxBytes;
    private final Duration uploadTimeout;
    private final UploadCheck check;
    private final IngestJobRunner runner;
    private final JobLauncher launcher;
    private final JobExplorer explorer;
    private final Job ingestJob;
    private final ReentrantLock intake = new ReentrantLock();
    private volatile Long lastJob;

    public SubmissionIntake(DataFolder dataFolder, SubmissionSettings settings, IngestJobRunner runner,
            JobLauncher launcher, JobExplorer explorer, Job ingestJob) {
        this.submissions = submissionsFolder(dataFolder);
        this.maxBytes = settings.maxSize().toBytes();
        this.uploadTimeout = settings.uploadTimeout();
        this.check = new UploadCheck(settings.zipLimits());
        this.runner = runner;
        this.launcher = launcher;
        this.explorer = explorer;
        this.ingestJob = ingestJob;
    }

    /** Where accepted submissions are kept, one folder each. */
    public static Path submissionsFolder(DataFolder dataFolder) {
        return dataFolder.root().resolve("submissions");
    }

    /**
     * @param declaredLength the request's Content-Length, or -1 when it sent none
     * @param submitter who sent it, kept with the job so that only they can follow it
     * @param defaultAccess the access of files the sheet gives none for, or {@code null} for the
     *     default (restricted when there is a sheet)
     * @throws UploadRefusedException when the upload is too large, too slow or not an intact
     *     submission (its sheet included), or another one is being taken in
     */
    public AcceptedSubmission accept(InputStream body, long declaredLength, String name, String submitter,
            Access defaultAccess) throws Exception {
        if (declaredLength > maxBytes) {
            throw UploadRefusedException.tooLarge(maxBytes);
        }
        if (!intake.tryLock()) {
            throw UploadRefusedException.busy("an upload is arriving");
        }
        try {
            if (lastJob != null && explorer.getJobExecution(lastJob) != null
                    && explorer.getJobExecution(lastJob).isRunning()) {
                throw UploadRefusedException.busy("job " + lastJob + " is ingesting the last one");
            }
            return take(body, name, submitter, defaultAccess);
        } finally {
            intake.unlock();
        }
    }

    private AcceptedSubmission take(InputStream body, String name, String submitter, Access defaultAccess)
            throws Exception {
        String id = UUID.randomUUID().toString();
        String fileName = SubmissionName.zipFileName(name);
        Path staging = Files.createDirectories(submissions.resolve(STAGING).resolve(id));
        Path accepted = submissions.resolve(id);
        try {
            BoundedCopy.copy(body, staging.resolve(fileName), maxBytes, uploadTimeout);
            Path scratch = Files.createDirectory(staging.resolve(".check"));
            check.check(staging.resolve(fileName), scratch, defaultAccess);
            FileSystemUtils.deleteRecursively(scratch);
            Files.move(staging, accepted, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception refused) {
            removeQuietly(staging);
            throw refused;
        }
        JobExecution execution = launcher.run(ingestJob, new JobParametersBuilder(
                runner.newParameters(accepted.resolve(fileName), OcrMode.AUTO, false,
                        Runtime.getRuntime().availableProcessors(), defaultAccess))
                .addString(IngestJobConfiguration.SUBMITTER, submitter, false)
                .toJobParameters());
        lastJob = execution.getId();
        LOG.info("Submission {} ({}) accepted; ingest job {} started", id, fileName, execution.getId());
        return new AcceptedSubmission(id, fileName, execution.getId(), execution.getStatus().name());
    }

    private static void removeQuietly(Path staging) {
        try {
            FileSystemUtils.deleteRecursively(staging);
        } catch (IOException e) {
            LOG.warn("Could not remove the refused upload in {}: {}", staging, e.toString());
        }
    }
}
