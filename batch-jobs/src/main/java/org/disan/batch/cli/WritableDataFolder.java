package org.disan.batch.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disan.batch.data.DataFolder;

/**
 * Checks, before a job starts, that it can write everywhere in the data folder it will write:
 * the folder itself and whichever of its store, index, job repository and reports folders exist.
 * A job that found out later would leave a half-done run behind; this way the user gets one line
 * and nothing is touched.
 */
final class WritableDataFolder {

    private WritableDataFolder() {}

    /** Creates the data folder when it is missing; refuses one where something cannot be written. */
    static DataFolder prepared(DataFolder dataFolder) {
        Path root = dataFolder.root();
        if (!Files.isDirectory(root)) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UserInputException("cannot create the data folder " + root + ": " + reason(e), e);
            }
        }
        checked(dataFolder);
        return dataFolder;
    }

    /** Refuses a data folder where this process cannot write something a job writes. */
    static void checked(DataFolder dataFolder) {
        Path root = dataFolder.root();
        for (Path folder : List.of(root, dataFolder.store(), dataFolder.index(), dataFolder.jobRepository().getParent(),
                dataFolder.reports())) {
            if (Files.exists(folder) && !(Files.isDirectory(folder) && Files.isWritable(folder))) {
                throw new UserInputException("the data folder " + root + " is not writable"
                        + (folder.equals(root) ? "" : ": " + folder + " cannot be written")
                        + "; choose another with --data or fix its permissions");
            }
        }
    }

    /** The file system's own words; an access error's message is only the path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    }
}
