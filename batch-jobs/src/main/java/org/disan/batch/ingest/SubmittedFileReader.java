package org.disan.batch.ingest;

import java.util.List;
import java.util.function.Supplier;
import org.disan.ingest.submission.SubmittedFile;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a submission's files (or one partition's share of them) in their stable order, in one
 * thread. Its position is saved with every chunk, so a restarted step resumes after the last file
 * whose chunk was committed.
 */
public class SubmittedFileReader extends AbstractItemCountingItemStreamItemReader<SubmittedFile> {

    public static final String NAME = "submittedFileReader";

    private final Supplier<List<SubmittedFile>> files;
    private List<SubmittedFile> current = List.of();
    private int next;

    public SubmittedFileReader(Supplier<List<SubmittedFile>> files) {
        this.files = files;
        setName(NAME);
    }

    /** How many files of its share a step of this reader has committed, from the step's context. */
    public static int committedFiles(ExecutionContext stepContext) {
        return stepContext.getInt(NAME + ".read.count", 0);
    }

    @Override
    protected void doOpen() {
        current = files.get();
        next = 0;
    }

    @Override
    protected SubmittedFile doRead() {
        return next < current.size() ? current.get(next++) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, current.size());
    }

    @Override
    protected void doClose() {
        current = List.of();
    }
}
