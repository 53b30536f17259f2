package org.disan.batch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.item.ExecutionContext;

/**
 * The files one partition of an ingest works on: every {@code every}-th file of the submission's
 * files ordered largest first ({@link PartitionFiles}), starting at position {@code first}, out of
 * {@code total}. Dealing the
 * files out like cards, rather than cutting the list into blocks, gives each partition the same
 * mix: submissions are sorted by folder, and one folder of recordings next to one of large scans
 * would otherwise leave one partition working long after the other has finished.
 * It lives in the partition's execution context, so a restarted or remote partition finds it.
 */
public record FileShare(int first, int every, int total) {

    static final String FIRST = "share.first";
    static final String EVERY = "share.every";
    static final String TOTAL = "share.total";

    public FileShare {
        if (first < 0 || every < 1 || first >= every || total < 0) {
            throw new IllegalArgumentException("not a share of " + total + " files: every " + every + " from " + first);
        }
    }

    public int size() {
        return first >= total ? 0 : (total - first + every - 1) / every;
    }

    /** This share of the submission's files, in their order. */
    public <T> List<T> of(List<T> files) {
        checkTotal(files.size());
        List<T> share = new ArrayList<>(size());
        for (int i = first; i < total; i += every) {
            share.add(files.get(i));
        }
        return share;
    }

    /** @throws IllegalStateException when the submission no longer holds the files it was split into */
    void checkTotal(int files) {
        if (files != total) {
            throw new IllegalStateException("the submission holds " + files + " files, not the " + total
                    + " it held when the ingest was split; it changed while being ingested");
        }
    }

    void saveTo(ExecutionContext context) {
        context.putInt(FIRST, first);
        context.putInt(EVERY, every);
        context.putInt(TOTAL, total);
    }

    public static FileShare readFrom(ExecutionContext context) {
        return new FileShare(context.getInt(FIRST), context.getInt(EVERY), context.getInt(TOTAL));
    }

    @Override
    public String toString() {
        if (size() == 0) {
            return "no files of " + total;
        }
        if (every == 1) {
            return "all " + total + " files";
        }
        // The numbers a person counts from: 1, 3, 5, … for the first of two.
        return size() + " files of " + total + " (numbers " + (first + 1) + ", " + (first + 1 + every) + ", "
                + (first + 1 + 2 * every) + ", … by size, largest first)";
    }
}
