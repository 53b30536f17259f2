package org.disan.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.disan.search.IndexUnavailableException;

/**
 * The folder's index writer, opened on the first write. A process that only searches (say
 * {@code disan search} while {@code disan serve} runs) never takes the folder's write lock; the
 * first process to write keeps it until it closes the index.
 */
final class LazyWriter implements Closeable {

    @FunctionalInterface
    interface Work {
        void run(IndexWriter writer) throws IOException;
    }

    private final Path location;
    private final Directory directory;
    private final Analyzer analyzer;
    private IndexWriter writer;

    LazyWriter(Path location, Directory directory, Analyzer analyzer) {
        this.location = location;
        this.directory = directory;
        this.analyzer = analyzer;
    }

    /** Writes an empty index when the folder has none, so readers can open it. */
    void createIfMissing() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            write(writer -> { });
        }
    }

    /**
     * Runs the work on the writer and commits it. Only opening the writer is under this object's
     * lock: {@link IndexWriter} takes concurrent updates itself, so threads that index at once
     * (partitions of an ingest) do not wait for each other's whole bulk call.
     */
    void write(Work work) throws IOException {
        IndexWriter open = writer();
        work.run(open);
        open.commit();
    }

    /** The open writer; one that closed itself after a failed write (a full disk) is opened again. */
    private synchronized IndexWriter writer() throws IOException {
        if (writer == null || !writer.isOpen()) {
            writer = open();
        }
        return writer;
    }

    private IndexWriter open() throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            throw new IndexUnavailableException("The index in " + location + " is being written by"
                    + " another disan process; wait for it to finish or stop it.", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
