package org.disan.batch.cli;

import java.nio.file.Files;
import org.disan.batch.data.DataFolder;

/** Checks shared by the commands that work from an existing store. */
final class StoredArchive {

    private StoredArchive() {}

    /** The data folder, when it holds a store this process may write reports and indexes next to. */
    static DataFolder checked(DataFolderOption option) {
        DataFolder dataFolder = option.dataFolder();
        if (!Files.isDirectory(dataFolder.store())) {
            throw new UserInputException("no archive in " + dataFolder.root()
                    + " (nothing has been ingested there); give the data folder with --data");
        }
        WritableDataFolder.checked(dataFolder);
        return dataFolder;
    }
}
