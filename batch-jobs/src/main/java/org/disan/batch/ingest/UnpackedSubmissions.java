package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.submission.SubmissionScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.util.FileSystemUtils;

/**
 * The zips unpacked under {@code <data>/unpacked}: a zip's folder is removed once its ingest has
 * completed (the store keeps the originals), and a process that holds the data folder alone may
 * remove them all at start. A failed ingest keeps its folder for the restart, which would
 * otherwise unpack the zip again.
 */
public final class UnpackedSubmissions implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnpackedSubmissions.class);

    private final Path unpacked;

    public UnpackedSubmissions(DataFolder dataFolder) {
        this.unpacked = dataFolder.unpacked();
    }

    @Override
    public void afterJob(JobExecution execution) {
        String submission = execution.getJobParameters().getString(IngestJobConfiguration.FOLDER);
        if (execution.getStatus() == BatchStatus.COMPLETED && submission != null) {
            for (Path folder : folders()) {
                if (unpackedFrom(folder, submission)) {
                    remove(folder);
                }
            }
        }
    }

    /** Removes every unpacked zip; only for a process that holds the data folder alone. */
    public void removeAll() {
        folders().forEach(UnpackedSubmissions::remove);
    }

    private List<Path> folders() {
        if (!Files.isDirectory(unpacked)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(unpacked)) {
            return children.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            LOG.warn("Could not list {}: {}", unpacked, e.toString());
            return List.of();
        }
    }

    private static boolean unpackedFrom(Path folder, String submission) {
        Path marker = folder.resolve(SubmissionScanner.UNPACKED_MARKER);
        try {
            return Files.isRegularFile(marker)
                    && Path.of(Files.readString(marker, StandardCharsets.UTF_8).strip()).toAbsolutePath().normalize()
                            .equals(Path.of(submission).toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    static void remove(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", folder, e.toString());
        }
    }
}
