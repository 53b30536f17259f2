package org.disan.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.disan.ingest.submission.Submission;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * Keeps a BagIt bag's {@code bag-info.txt} in the data folder as
 * {@code collections/<submission>/bag-info.txt} once the bag is scanned, so the web archive can
 * describe the collection after the bag itself is gone. A folder or zip that is not a bag keeps
 * nothing.
 */
public class BagInfoKeeper implements StepExecutionListener {

    private final SubmissionSource source;
    private final Path collections;

    public BagInfoKeeper(SubmissionSource source, Path collections) {
        this.source = source;
        this.collections = collections;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Submission submission = source.submission();
        Path bag = submission.root().toAbsolutePath().getParent();
        if (bag == null || !Files.isRegularFile(bag.resolve("bagit.txt")) || !Files.isRegularFile(bag.resolve("bag-info.txt"))) {
            return null;
        }
        Path kept = collections.resolve(submission.name()).normalize();
        if (!kept.startsWith(collections)) {
            return null;
        }
        try {
            Files.createDirectories(kept);
            Files.copy(bag.resolve("bag-info.txt"), kept.resolve("bag-info.txt"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the bag's bag-info.txt in " + kept, e);
        }
        return null;
    }
}
