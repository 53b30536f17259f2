package org.disan.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disan.samples.files.SampleWriter;

/**
 * Writes planned files on a fixed number of threads. Each file draws only on its own seed, so the
 * result does not depend on the order in which threads pick files up; entries come back in plan order.
 */
final class ParallelFileWriter {

    /** One file to write and the writer that writes it. */
    record Job(PlannedFile file, SampleWriter writer) {
    }

    private ParallelFileWriter() {
    }

    static List<ManifestEntry> writeAll(Path root, List<Job> jobs, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ManifestEntry>> pending = new ArrayList<>(jobs.size());
            for (Job job : jobs) {
                pending.add(pool.submit(() -> write(root, job)));
            }
            List<ManifestEntry> entries = new ArrayList<>(jobs.size());
            for (int i = 0; i < pending.size(); i++) {
                entries.add(await(pending.get(i), jobs.get(i)));
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ManifestEntry write(Path root, Job job) throws IOException {
        Path target = root.resolve(job.file().relativePath());
        Files.createDirectories(target.getParent());
        job.writer().write(job.file(), target);
        return ManifestEntry.describe(root, job.file().relativePath(), job.file().kind());
    }

    private static ManifestEntry await(Future<ManifestEntry> future, Job job) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + job.file().relativePath(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IOException("could not write " + job.file().relativePath() + " (" + job.file().kind() + "): " + cause, cause);
        }
    }
}
