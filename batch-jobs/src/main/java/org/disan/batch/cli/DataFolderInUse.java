package org.disan.batch.cli;

import java.util.function.Supplier;
import org.disan.batch.data.DataFolder;

/**
 * Recognises the failures that mean another disan process holds the data folder (the job
 * repository's database file or the index's write lock) and says so in one line.
 */
final class DataFolderInUse {

    private DataFolderInUse() {}

    static <T> T translate(DataFolder dataFolder, Supplier<T> opening) {
        try {
            return opening.get();
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                throw new UserInputException("the data folder " + dataFolder.root()
                        + " is in use by another disan process (an ingest or serve); wait for it or stop it", e);
            }
            throw e;
        }
    }

    static boolean heldByAnotherProcess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getName();
            String message = String.valueOf(cause.getMessage());
            if (type.endsWith("LockObtainFailedException")
                    || (type.startsWith("org.h2.") && message.contains("already in use"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
