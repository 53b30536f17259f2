package org.disan.batch.ingest;

import java.util.List;
import org.springframework.batch.item.ExecutionContext;

/**
 * The files one partition of an ingest works on: positions {@code from} (inclusive) to
 * {@code to} (exclusive) in the submission's stable, sorted file list, out of {@code total}.
 * It lives in the partition's execution context, so a restarted or remote partition finds it.
 */
public record FileRange(int from, int to, int total) {

    static final String FROM = "range.from";
    static final String TO = "range.to";
    static final String TOTAL = "range.total";

    public FileRange {
        if (from < 0 || to < from || total < to) {
            throw new IllegalArgumentException("not a range of " + total + " files: " + from + ".." + to);
        }
    }

    public int size() {
        return to - from;
    }

    /** This range's part of the submission's files. */
    public <T> List<T> of(List<T> files) {
        if (files.size() != total) {
            throw new IllegalStateException("the submission holds " + files.size() + " files, not the " + total
                    + " it held when the ingest was split; it changed while being ingested");
        }
        return files.subList(from, to);
    }

    void saveTo(ExecutionContext context) {
        context.putInt(FROM, from);
        context.putInt(TO, to);
        context.putInt(TOTAL, total);
    }

    public static FileRange readFrom(ExecutionContext context) {
        return new FileRange(context.getInt(FROM), context.getInt(TO), context.getInt(TOTAL));
    }

    @Override
    public String toString() {
        return size() == 0 ? "no files of " + total : "files " + (from + 1) + "-" + to + " of " + total;
    }
}
