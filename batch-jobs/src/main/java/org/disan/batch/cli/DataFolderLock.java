package org.disan.batch.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.disan.batch.data.DataFolder;

/**
 * One job at a time per data folder, also when the job repository is a shared database that
 * does not lock the folder as the embedded one does. The operating system releases the lock
 * when the process dies, so a killed job never leaves the folder locked.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(DataFolder dataFolder) {
        Path file = dataFolder.root().resolve("jobs").resolve("running.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DataFolderLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this same process: as busy as if another process held it
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserInputException("cannot lock the data folder " + dataFolder.root() + ": " + e.getMessage(), e);
        }
        closeQuietly(channel);
        throw new UserInputException("the data folder " + dataFolder.root()
                + " is in use by another disan job; wait for it or stop it");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing was locked through it
        }
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
